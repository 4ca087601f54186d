using System.Diagnostics.CodeAnalysis;
using Grid.Api.Access;
using Grid.Api.Channels;
using Grid.Api.Idempotency;
using Grid.Api.Problems;
using Grid.Contracts.Customers;
using Grid.Grains.ApiKeys;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Customers;

/// <summary>
/// Customers, channel scope:
/// <list type="bullet">
/// <item><c>PUT /v1/customers/{id}</c>: register or replace the profile (<see cref="CustomerProfileRequest"/>), 200.</item>
/// <item><c>GET /v1/customers/{id}</c>: the single view: profile, carts, orders, returns and touchpoints, 200.</item>
/// <item><c>POST /v1/customers/{id}/touchpoints</c>: record a touchpoint on the caller's channel (<see cref="TouchpointRequest"/>), 200.</item>
/// </list>
/// Unlike orders and carts, a customer is not any one channel's data: by design (the same customer at every touchpoint)
/// every channel key reads the same single view, including carts and orders summarised from other channels, and may
/// replace the profile. The summaries name carts and orders but their detail stays with the channel that owns them (and
/// a cart moves only when its customer is named, see the cart switch). Every change takes an <c>Idempotency-Key</c>.
/// </summary>
internal static class CustomerEndpoints
{
    public static IEndpointRouteBuilder MapCustomers(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/customers/{id}").RequireScope(ApiScopes.Channel).WithTags("Customers");
        group.MapPut("", RegisterAsync).WithName("RegisterCustomer").WithMetadata(new IdempotentAttribute());
        group.MapGet("", GetAsync).WithName("GetCustomer");
        group.MapPost("/touchpoints", RecordTouchpointAsync).WithName("RecordTouchpoint").WithMetadata(new IdempotentAttribute());
        return endpoints;
    }

    internal static async Task<Results<Ok<CustomerProfileView>, ProblemHttpResult>> RegisterAsync(string id, CustomerProfileRequest request, IGrainFactory grains)
    {
        if (!TryParseId(id, out var customer, out var problem) || !CustomerViews.TryParse(customer, request, out var profile, out problem))
        {
            return problem;
        }

        var result = await grains.GetGrain<ICustomerGrain>(customer.Value).RegisterAsync(profile).ConfigureAwait(false);
        return result.Accepted && result.Profile is { } registered
            ? TypedResults.Ok(CustomerViews.Of(registered))
            : ApiProblem.BadRequest(result.Error.ToCode(), result.Detail ?? "The profile breaks a rule.");
    }

    internal static async Task<Results<Ok<CustomerDetail>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        if (!TryParseId(id, out var customer, out var problem))
        {
            return problem;
        }

        var view = await grains.GetGrain<ICustomerGrain>(customer.Value).GetViewAsync().ConfigureAwait(false);
        if (view.Profile is null && view.Carts.Count == 0 && view.Orders.Count == 0 && view.Returns.Count == 0 && view.Touchpoints.Count == 0)
        {
            return ApiProblem.NotFound(CustomerError.UnknownCustomer.ToCode(), $"Customer '{customer}' never registered and has no history.");
        }

        return TypedResults.Ok(CustomerViews.Of(customer, view));
    }

    internal static async Task<Results<Ok<TouchpointView>, ProblemHttpResult>> RecordTouchpointAsync(string id, TouchpointRequest request, HttpContext context, IGrainFactory grains, TimeProvider time)
    {
        if (!TryParseId(id, out var customer, out var problem))
        {
            return problem;
        }

        if (!WireNames.TryParse<TouchpointKind>(request.Kind, out var kind, out var error))
        {
            return ApiProblem.BadRequest("invalid_touchpoint", $"kind: {error}");
        }

        // The grain throws on a broken rule (a bug in a grain caller); a channel's mistake must be a 400 before it gets there.
        if (!IsReference(request.Reference))
        {
            return ApiProblem.BadRequest("invalid_touchpoint", $"reference is 1 to {CustomerLimits.MaxReferenceLength} printable characters.");
        }

        var (channel, unknown) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (unknown is not null)
        {
            return unknown;
        }

        var touchpoint = new Touchpoint(channel!.Id, kind, request.Reference, time.GetUtcNow());
        await grains.GetGrain<ICustomerGrain>(customer.Value).RecordTouchpointAsync(touchpoint).ConfigureAwait(false);
        return TypedResults.Ok(CustomerViews.Of(touchpoint));
    }

    private static bool TryParseId(string id, out CustomerId customer, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = CustomerId.TryParse(id, out customer, out var error) ? null : ApiProblem.BadRequest("invalid_customer_id", error);
        return problem is null;
    }

    private static bool IsReference(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Length <= CustomerLimits.MaxReferenceLength && !text.Any(char.IsControl);
}
