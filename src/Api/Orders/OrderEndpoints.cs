using System.Diagnostics.CodeAnalysis;
using Grid.Api.Access;
using Grid.Api.Channels;
using Grid.Api.Idempotency;
using Grid.Api.Problems;
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
/// A channel's orders, channel scope:
/// <list type="bullet">
/// <item><c>PUT /v1/orders/{id}</c>: place and source an order (<see cref="PlaceOrderRequest"/>), 201.</item>
/// <item><c>GET /v1/orders/{id}</c>: the order, its legs, its sourcing plan and its history, 200.</item>
/// <item><c>POST /v1/orders/{id}/cancel</c>: cancel before anything ships (<see cref="CancelOrderRequest"/>), 200.</item>
/// <item><c>POST /v1/orders/{id}/returns</c>: take back units of a fulfilled line at one of the channel's locations (<see cref="ReturnItemsRequest"/>), 200.</item>
/// </list>
/// An order placed on another channel answers 404 exactly as one that does not exist; placing under an id another channel
/// took is a 409 <c>order_exists</c> that says nothing of that order. Every change takes an <c>Idempotency-Key</c>.
/// </summary>
internal static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrders(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/orders").RequireScope(ApiScopes.Channel).WithTags("Orders");
        group.MapPut("/{id}", PlaceAsync).WithName("PlaceOrder").WithMetadata(new IdempotentAttribute());
        group.MapGet("/{id}", GetAsync).WithName("GetOrder");
        group.MapPost("/{id}/cancel", CancelAsync).WithName("CancelOrder").WithMetadata(new IdempotentAttribute());
        group.MapPost("/{id}/returns", ReturnAsync).WithName("ReturnOrderItems").WithMetadata(new IdempotentAttribute());
        return endpoints;
    }

    internal static async Task<Results<Created<OrderDetail>, ProblemHttpResult>> PlaceAsync(string id, PlaceOrderRequest request, HttpContext context, IGrainFactory grains)
    {
        if (!OrderRequests.TryParseOrderId(id, out var order, out var problem))
        {
            return problem;
        }

        var (channel, unknown) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (unknown is not null)
        {
            return unknown;
        }

        if (!OrderRequests.TryParseCustomer(request.CustomerId, out var customer, out problem)
            || !OrderDelivery.TryParse(request.Delivery, request.ShipTo, request.PickupStore, channel!, out var delivery, out problem)
            || !OrderRequests.TryParseLines(request.Lines, out var lines, out problem))
        {
            return problem;
        }

        var command = new PlaceOrder(context.GetIdempotencyKey(), channel!.Id, customer, delivery.Method, delivery.ShipTo, delivery.PickupStore, lines, null);
        var result = await grains.GetGrain<IOrderGrain>(order.Value).PlaceAsync(command).ConfigureAwait(false);
        if (!result.Accepted)
        {
            return OrderProblems.From(result, channel.Id);
        }

        return result.Order is { } view && view.Channel == channel.Id
            ? TypedResults.Created($"/v1/orders/{order}", OrderViews.Of(view, forChannel: true))
            : Unknown(order);
    }

    internal static async Task<Results<Ok<OrderDetail>, ProblemHttpResult>> GetAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var (_, _, view, problem) = await ResolveAsync(id, context, grains).ConfigureAwait(false);
        return problem ?? (Results<Ok<OrderDetail>, ProblemHttpResult>)TypedResults.Ok(OrderViews.Of(view!, forChannel: true));
    }

    internal static async Task<Results<Ok<OrderDetail>, ProblemHttpResult>> CancelAsync(string id, CancelOrderRequest request, HttpContext context, IGrainFactory grains)
    {
        var (channel, order, _, problem) = await ResolveAsync(id, context, grains).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var result = await grains.GetGrain<IOrderGrain>(order.Value).CancelAsync(new CancelOrder(context.GetIdempotencyKey(), request.Reason ?? string.Empty)).ConfigureAwait(false);
        return Outcome(order, channel!, result);
    }

    internal static async Task<Results<Ok<OrderDetail>, ProblemHttpResult>> ReturnAsync(string id, ReturnItemsRequest request, HttpContext context, IGrainFactory grains)
    {
        var (channel, order, _, problem) = await ResolveAsync(id, context, grains).ConfigureAwait(false);
        if (problem is not null || !TryParseReturn(request, context.GetIdempotencyKey(), out var command, out problem))
        {
            return problem;
        }

        if (!channel!.Reaches(command.Location))
        {
            return channel.NotReached(command.Location);
        }

        var result = await grains.GetGrain<IOrderGrain>(order.Value).ReturnAsync(command).ConfigureAwait(false);
        return Outcome(order, channel, result);
    }

    /// <summary>A return request as the grain's command, or the 400 that says which field is wrong.</summary>
    internal static bool TryParseReturn(ReturnItemsRequest request, IdempotencyKey key, [NotNullWhen(true)] out ReturnItems? command, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        command = null;
        if (!OrderRequests.TryParseSku(request.Sku, "sku", out var sku, out problem)
            || !OrderRequests.TryParseQuantity(request.Quantity, "quantity", out problem)
            || !OrderRequests.TryParseLocation(request.Location, "location", out var location, out problem))
        {
            return false;
        }

        command = new ReturnItems(key, sku, request.Quantity, location, request.Resellable);
        return true;
    }

    /// <summary>The caller's channel and its order; the order of another channel is the same 404 as a missing one.</summary>
    private static async ValueTask<(CallerChannel? Channel, OrderId Order, OrderView? View, ProblemHttpResult? Problem)> ResolveAsync(string id, HttpContext context, IGrainFactory grains)
    {
        if (!OrderRequests.TryParseOrderId(id, out var order, out var problem))
        {
            return (null, order, null, problem);
        }

        var (channel, unknown) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (unknown is not null)
        {
            return (null, order, null, unknown);
        }

        var view = await grains.GetGrain<IOrderGrain>(order.Value).GetAsync().ConfigureAwait(false);
        return view is not null && view.Channel == channel!.Id ? (channel, order, view, null) : (channel, order, null, Unknown(order));
    }

    private static Results<Ok<OrderDetail>, ProblemHttpResult> Outcome(OrderId order, CallerChannel channel, OrderResult result)
    {
        if (!result.Accepted)
        {
            return OrderProblems.From(result, channel.Id);
        }

        return result.Order is { } view && view.Channel == channel.Id ? TypedResults.Ok(OrderViews.Of(view, forChannel: true)) : Unknown(order);
    }

    internal static ProblemHttpResult Unknown(OrderId order) => ApiProblem.NotFound("unknown_order", $"No order has the id '{order}'.");
}
