using Grid.Api.Access;
using Grid.Api.Idempotency;
using Grid.Contracts.Orders;
using Grid.Grains.ApiKeys;
using Grid.Grains.Ids;
using Grid.Grains.Orders;
using Grid.Grains.Orders.Commands;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Orders;

/// <summary>
/// Orders for ops (stores, warehouses, support), ops scope, any channel's order:
/// <list type="bullet">
/// <item><c>GET /ops/orders/{id}</c>: the order with every sourcing candidate, 200.</item>
/// <item><c>POST /ops/orders/{id}/release</c>: hand a sourced order to its locations, 200.</item>
/// <item><c>POST /ops/orders/{id}/legs/{location}/pick</c>: the location picked its part, 200.</item>
/// <item><c>POST /ops/orders/{id}/legs/{location}/ship</c>: the location shipped its part (ship orders), 200.</item>
/// <item><c>POST /ops/orders/{id}/ready-for-pickup</c>: a picked pick-up order waits at its store, 200.</item>
/// <item><c>POST /ops/orders/{id}/picked-up</c>: the customer collected it, 200.</item>
/// <item><c>POST /ops/orders/{id}/delivered</c>: a shipped order arrived, 200.</item>
/// <item><c>POST /ops/orders/{id}/returns</c>: units of a fulfilled line came back at any location that accepts returns (<see cref="ReturnItemsRequest"/>), 200.</item>
/// </list>
/// Every change takes an <c>Idempotency-Key</c>; every step answers with the order as it is now.
/// </summary>
internal static class OrderFulfilmentEndpoints
{
    public static IEndpointRouteBuilder MapOrderFulfilment(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/ops/orders/{id}").RequireScope(ApiScopes.Ops).WithTags("Order fulfilment");
        group.MapGet("", GetAsync).WithName("GetAnyOrder");
        Step(group, "/release", "ReleaseOrder", static (order, key) => order.ReleaseAsync(new OrderStep(key)));
        LegStep(group, "/legs/{location}/pick", "PickOrderLeg", static (order, step) => order.PickAsync(step));
        LegStep(group, "/legs/{location}/ship", "ShipOrderLeg", static (order, step) => order.ShipAsync(step));
        Step(group, "/ready-for-pickup", "OrderReadyForPickup", static (order, key) => order.ReadyForPickupAsync(new OrderStep(key)));
        Step(group, "/picked-up", "OrderPickedUp", static (order, key) => order.ConfirmPickupAsync(new OrderStep(key)));
        Step(group, "/delivered", "OrderDelivered", static (order, key) => order.ConfirmDeliveryAsync(new OrderStep(key)));
        group.MapPost("/returns", ReturnAsync).WithName("ReturnOrderItemsAtLocation").WithMetadata(new IdempotentAttribute());
        return endpoints;
    }

    internal static async Task<Results<Ok<OrderDetail>, ProblemHttpResult>> GetAsync(string id, IGrainFactory grains)
    {
        if (!OrderRequests.TryParseOrderId(id, out var order, out var problem))
        {
            return problem;
        }

        var view = await grains.GetGrain<IOrderGrain>(order.Value).GetAsync().ConfigureAwait(false);
        return view is null ? OrderEndpoints.Unknown(order) : TypedResults.Ok(OrderViews.Of(view, forChannel: false));
    }

    internal static async Task<Results<Ok<OrderDetail>, ProblemHttpResult>> StepAsync(
        string id,
        HttpContext context,
        IGrainFactory grains,
        Func<IOrderGrain, IdempotencyKey, ValueTask<OrderResult>> send)
    {
        if (!OrderRequests.TryParseOrderId(id, out var order, out var problem))
        {
            return problem;
        }

        return Outcome(await send(grains.GetGrain<IOrderGrain>(order.Value), context.GetIdempotencyKey()).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<OrderDetail>, ProblemHttpResult>> LegStepAsync(
        string id,
        string location,
        HttpContext context,
        IGrainFactory grains,
        Func<IOrderGrain, LocationStep, ValueTask<OrderResult>> send)
    {
        if (!OrderRequests.TryParseOrderId(id, out var order, out var problem) || !OrderRequests.TryParseLocation(location, "location", out var at, out problem))
        {
            return problem;
        }

        return Outcome(await send(grains.GetGrain<IOrderGrain>(order.Value), new LocationStep(context.GetIdempotencyKey(), at)).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<OrderDetail>, ProblemHttpResult>> ReturnAsync(string id, ReturnItemsRequest request, HttpContext context, IGrainFactory grains)
    {
        if (!OrderRequests.TryParseOrderId(id, out var order, out var problem) || !OrderEndpoints.TryParseReturn(request, context.GetIdempotencyKey(), out var command, out problem))
        {
            return problem;
        }

        return Outcome(await grains.GetGrain<IOrderGrain>(order.Value).ReturnAsync(command).ConfigureAwait(false));
    }

    private static void Step(RouteGroupBuilder group, string path, string name, Func<IOrderGrain, IdempotencyKey, ValueTask<OrderResult>> send) =>
        group.MapPost(path, (string id, HttpContext context, IGrainFactory grains) => StepAsync(id, context, grains, send))
            .WithName(name)
            .WithMetadata(new IdempotentAttribute());

    private static void LegStep(RouteGroupBuilder group, string path, string name, Func<IOrderGrain, LocationStep, ValueTask<OrderResult>> send) =>
        group.MapPost(path, (string id, string location, HttpContext context, IGrainFactory grains) => LegStepAsync(id, location, context, grains, send))
            .WithName(name)
            .WithMetadata(new IdempotentAttribute());

    private static Results<Ok<OrderDetail>, ProblemHttpResult> Outcome(OrderResult result) =>
        result.Accepted && result.Order is { } view ? TypedResults.Ok(OrderViews.Of(view, forChannel: false)) : OrderProblems.From(result, channel: null);
}
