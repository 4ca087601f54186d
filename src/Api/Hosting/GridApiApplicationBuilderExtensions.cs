using Grid.Api.Access;
using Grid.Api.Admin;
using Grid.Api.Carts;
using Grid.Api.Channels;
using Grid.Api.Customers;
using Grid.Api.Health;
using Grid.Api.Idempotency;
using Grid.Api.Inventory;
using Grid.Api.Locations;
using Grid.Api.Orders;
using Grid.Api.Probes;
using Grid.Api.SampleData;
using Grid.Api.Streams;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Grid.Api.Hosting;

/// <summary>Puts the API's middleware in order and maps its endpoints.</summary>
public static class GridApiApplicationBuilderExtensions
{
    /// <summary>
    /// Errors become problem details (a caller's malformed request a 4xx, anything else a 500 that says nothing inside);
    /// then timeouts, API key authentication, rate limits and idempotency, in that order.
    /// </summary>
    public static WebApplication UseGridApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = static exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            SuppressDiagnosticsCallback = static context => context.Exception is BadHttpRequestException,
        });
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseRequestTimeouts();
        app.UseMiddleware<ApiKeyMiddleware>();
        app.UseRateLimiter();
        app.UseMiddleware<ScopeMiddleware>();
        app.UseWebSockets();
        app.UseMiddleware<IdempotencyMiddleware>();
        return app;
    }

    /// <summary>Maps every endpoint of the API and the OpenAPI document at <c>/openapi/v1.json</c>.</summary>
    public static WebApplication MapGridApi(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapOpenApi();
        app.MapHealth();
        app.MapProbes();
        app.MapSampleData();
        app.MapAvailability();
        app.MapReservations();
        app.MapStock();
        app.MapLocations();
        app.MapOrders();
        app.MapOrderFulfilment();
        app.MapCarts();
        app.MapCustomers();
        app.MapChannels();
        app.MapApiKeys();
        app.MapAvailabilityStreams();
        return app;
    }
}
