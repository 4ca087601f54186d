using System.Net;
using System.Net.Http.Json;
using Grid.Api.Tests.Inventory;
using Grid.Api.Tests.Testing;
using Grid.Contracts.Admin;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Grid.Api.Tests.Hosting;

public sealed class RequestLimitsTests
{
    [Fact]
    public async Task KeyWithItsOwnRate_BurstSpent_429WithRetryAfterWhileOtherKeysGoOn()
    {
        await using var server = await ApiServer.StartAsync();
        await server.DefineStoreAsync("s1");
        var fast = await server.DefineChannelAsync("web", ["s1"]);
        using var created = await server.Admin.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/admin/api-keys", new CreateApiKeyRequest("slow backend", ["channel"], "web", RequestsPerSecond: 1)));
        var slow = (await created.Content.ReadFromJsonAsync<CreatedApiKey>())!.Key;
        using var slowClient = server.Client(slow);
        using var fastClient = server.Client(fast);

        // A rate of 1 per second bursts to 2: of eight requests in a row, the first is served and some are refused.
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 8; i++)
        {
            var response = await slowClient.GetAsync(new Uri("/v1/channel", UriKind.Relative));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && refused is null)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        using var other = await fastClient.GetAsync(new Uri("/v1/channel", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, statuses[0]);
        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        Assert.True(statuses.Count(s => s == HttpStatusCode.OK) <= 4, string.Join(",", statuses));
        Assert.Equal("rate_limited", await ReservationEndpointsTests.CodeOf(refused!));
        Assert.True(refused!.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        refused.Dispose();
    }

    [Fact]
    public async Task Request_PastItsDeadline_504TimeoutProblem()
    {
        // A handler that only ends when the request is cancelled: the configured deadline must cancel it and answer.
        await using var server = await ApiServer.StartAsync(
            builder => builder.Configuration["Grid:Api:RequestTimeout"] = "00:00:00.200",
            app => app.MapGet("/test/never-ends", static async (CancellationToken cancellationToken) =>
            {
                await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
                return Results.Ok();
            }));

        using var response = await server.Anonymous.GetAsync(new Uri("/test/never-ends", UriKind.Relative));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("timeout", await ReservationEndpointsTests.CodeOf(response));
    }

    [Fact]
    public async Task Body_OverTheLimit_413ProblemAndNothingChanged()
    {
        await using var server = await ApiServer.StartAsync(builder => builder.Configuration["Grid:Api:MaxRequestBodyBytes"] = "2048");
        await server.DefineStoreAsync("s1");
        using var request = ApiServer.Idempotent(HttpMethod.Put, "/ops/inventory/sku1/s1/on-hand", new { onHand = 5, reason = new string('x', 4096) });

        using var response = await server.Admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("payload_too_large", await ReservationEndpointsTests.CodeOf(response));
        Assert.Equal(0, (await server.Grains.GetGrain<Grid.Grains.Inventory.IInventoryGrain>("sku1@s1").GetAvailabilityAsync()).OnHand);
    }
}
