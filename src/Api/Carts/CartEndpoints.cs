using System.Diagnostics.CodeAnalysis;
using Grid.Api.Access;
using Grid.Api.Channels;
using Grid.Api.Idempotency;
using Grid.Api.Locations;
using Grid.Api.Orders;
using Grid.Api.Problems;
using Grid.Contracts.Carts;
using Grid.Grains.ApiKeys;
using Grid.Grains.Carts;
using Grid.Grains.Carts.Commands;
using Grid.Grains.Ids;
using Grid.Grains.Orders;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Carts;

/// <summary>
/// A channel's carts, channel scope:
/// <list type="bullet">
/// <item><c>POST /v1/carts</c>: a new cart with its first line (<see cref="AddCartLineRequest"/>), 201; Grid picks the id.</item>
/// <item><c>GET /v1/carts/{id}</c>: the cart, its holds and their expiry, 200.</item>
/// <item><c>POST /v1/carts/{id}/lines</c>: add units of a SKU (<see cref="AddCartLineRequest"/>), 200.</item>
/// <item><c>DELETE /v1/carts/{id}/lines/{sku}</c>: remove a SKU's line and release its holds, 200.</item>
/// <item><c>POST /v1/carts/{id}/switch</c>: carry a customer's cart on in the caller's channel (<see cref="SwitchCartRequest"/>), 200.</item>
/// <item><c>POST /v1/carts/{id}/checkout</c>: place the cart's order (<see cref="CheckoutRequest"/>), 201 at the order.</item>
/// </list>
/// A cart on another channel answers 404 exactly as one that does not exist. A cart changes channel only through the
/// switch, and only when the request names the cart's customer (the customer identifies themselves at the other
/// touchpoint). A new cart's id is derived from the caller's channel and <c>Idempotency-Key</c>, so a retry finds the same
/// cart and no channel can create a cart under an id another channel uses. Every change takes an <c>Idempotency-Key</c>.
/// </summary>
internal static class CartEndpoints
{
    public static IEndpointRouteBuilder MapCarts(this IEndpointRouteBuilder endpoints)
    {
        var gate = new CartGate();
        var group = endpoints.MapGroup("/v1/carts").RequireScope(ApiScopes.Channel).WithTags("Carts");
        group.MapPost("", CreateAsync).WithName("CreateCart").WithMetadata(new IdempotentAttribute());
        group.MapGet("/{id}", GetAsync).WithName("GetCart");
        group.MapPost("/{id}/lines", (string id, AddCartLineRequest request, HttpContext context, IGrainFactory grains) => AddLineAsync(id, request, context, grains, gate))
            .WithName("AddCartLine").WithMetadata(new IdempotentAttribute());
        group.MapDelete("/{id}/lines/{sku}", (string id, string sku, HttpContext context, IGrainFactory grains) => RemoveLineAsync(id, sku, context, grains, gate))
            .WithName("RemoveCartLine").WithMetadata(new IdempotentAttribute());
        group.MapPost("/{id}/switch", (string id, SwitchCartRequest request, HttpContext context, IGrainFactory grains) => SwitchAsync(id, request, context, grains, gate))
            .WithName("SwitchCartChannel").WithMetadata(new IdempotentAttribute());
        group.MapPost("/{id}/checkout", (string id, CheckoutRequest request, HttpContext context, IGrainFactory grains) => CheckoutAsync(id, request, context, grains, gate))
            .WithName("CheckoutCart").WithMetadata(new IdempotentAttribute());
        return endpoints;
    }

    internal static async Task<Results<Created<CartDetail>, ProblemHttpResult>> CreateAsync(AddCartLineRequest request, HttpContext context, IGrainFactory grains)
    {
        var (channel, problem) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (problem is not null || !TryParseLine(request, channel!, context.GetIdempotencyKey(), out var command, out problem))
        {
            return problem;
        }

        var cart = NewCartId(context);
        var result = await grains.GetGrain<ICartGrain>(cart.Value).AddLineAsync(command).ConfigureAwait(false);
        if (!result.Accepted)
        {
            return CartProblems.From(result, channel!.Id);
        }

        return result.Cart is { } view && view.Channel == channel!.Id ? TypedResults.Created($"/v1/carts/{cart}", CartViews.Of(view)) : Unknown(cart);
    }

    internal static async Task<Results<Ok<CartDetail>, ProblemHttpResult>> GetAsync(string id, HttpContext context, IGrainFactory grains)
    {
        var (_, _, view, problem) = await ResolveAsync(id, context, grains).ConfigureAwait(false);
        return problem ?? (Results<Ok<CartDetail>, ProblemHttpResult>)TypedResults.Ok(CartViews.Of(view!));
    }

    internal static async Task<Results<Ok<CartDetail>, ProblemHttpResult>> AddLineAsync(string id, AddCartLineRequest request, HttpContext context, IGrainFactory grains, CartGate gate)
    {
        if (!TryParseCartId(id, out var cart, out var problem))
        {
            return problem;
        }

        using var entered = await gate.EnterAsync(cart, context.RequestAborted).ConfigureAwait(false);
        var (channel, _, view, unknown) = await ResolveAsync(id, context, grains).ConfigureAwait(false);
        if (unknown is not null || !TryParseLine(request, channel!, context.GetIdempotencyKey(), out var command, out problem))
        {
            return unknown ?? problem!;
        }

        if (command.Customer is { } customer && view!.Customer is { } owner && customer != owner)
        {
            return CustomerMismatch();
        }

        return Outcome(cart, channel!.Id, await grains.GetGrain<ICartGrain>(cart.Value).AddLineAsync(command).ConfigureAwait(false));
    }

    internal static async Task<Results<Ok<CartDetail>, ProblemHttpResult>> RemoveLineAsync(string id, string sku, HttpContext context, IGrainFactory grains, CartGate gate)
    {
        if (!TryParseCartId(id, out var cart, out var problem) || !OrderRequests.TryParseSku(sku, "sku", out var skuId, out problem))
        {
            return problem;
        }

        using var entered = await gate.EnterAsync(cart, context.RequestAborted).ConfigureAwait(false);
        var (channel, _, _, unknown) = await ResolveAsync(id, context, grains).ConfigureAwait(false);
        if (unknown is not null)
        {
            return unknown;
        }

        var result = await grains.GetGrain<ICartGrain>(cart.Value).RemoveLineAsync(new RemoveCartLine(context.GetIdempotencyKey(), skuId)).ConfigureAwait(false);
        return Outcome(cart, channel!.Id, result);
    }

    internal static async Task<Results<Ok<CartDetail>, ProblemHttpResult>> SwitchAsync(string id, SwitchCartRequest request, HttpContext context, IGrainFactory grains, CartGate gate)
    {
        if (!TryParseCartId(id, out var cart, out var problem))
        {
            return problem;
        }

        if (!CustomerId.TryParse(request.CustomerId, out var customer, out var error))
        {
            return ApiProblem.BadRequest("invalid_customer_id", $"customerId: {error}");
        }

        var (channel, unknown) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (unknown is not null)
        {
            return unknown;
        }

        using var entered = await gate.EnterAsync(cart, context.RequestAborted).ConfigureAwait(false);
        var view = await grains.GetGrain<ICartGrain>(cart.Value).GetAsync().ConfigureAwait(false);
        if (view is null || (view.Channel != channel!.Id && view.Customer != customer))
        {
            // Another channel's cart stays invisible unless the request names its customer.
            return Unknown(cart);
        }

        if (view.Customer != customer)
        {
            return CustomerMismatch();
        }

        var result = await grains.GetGrain<ICartGrain>(cart.Value).SwitchChannelAsync(new SwitchCartChannel(context.GetIdempotencyKey(), channel.Id)).ConfigureAwait(false);
        return Outcome(cart, channel.Id, result);
    }

    internal static async Task<Results<Created<CheckoutDetail>, ProblemHttpResult>> CheckoutAsync(string id, CheckoutRequest request, HttpContext context, IGrainFactory grains, CartGate gate)
    {
        if (!TryParseCartId(id, out var cart, out var problem) || !OrderRequests.TryParseOrderId(request.OrderId, out var order, out problem))
        {
            return problem;
        }

        using var entered = await gate.EnterAsync(cart, context.RequestAborted).ConfigureAwait(false);
        var (channel, _, view, unknown) = await ResolveAsync(id, context, grains).ConfigureAwait(false);
        if (unknown is not null)
        {
            return unknown;
        }

        if (!OrderDelivery.TryParse(request.Delivery, request.ShipTo, request.PickupStore, channel!, out var delivery, out problem))
        {
            return problem;
        }

        if (view!.State == CartState.Open && view.Lines.Count == 0)
        {
            return ApiProblem.Of(StatusCodes.Status409Conflict, "cart_empty", "The cart has no lines to check out.");
        }

        var command = new CheckoutCart(context.GetIdempotencyKey(), order, delivery.Method, delivery.ShipTo, delivery.PickupStore);
        var result = await grains.GetGrain<ICartGrain>(cart.Value).CheckoutAsync(command).ConfigureAwait(false);
        if (!result.Accepted)
        {
            return CartProblems.From(result, channel!.Id);
        }

        // A replayed checkout carries no order result: the order is read as it is now.
        var placed = result.Order?.Order ?? (result.Cart?.Order is { } made ? await grains.GetGrain<IOrderGrain>(made.Value).GetAsync().ConfigureAwait(false) : null);
        if (result.Cart is not { } closed || closed.Channel != channel!.Id || placed is null || placed.Channel != channel.Id)
        {
            return Unknown(cart);
        }

        return TypedResults.Created($"/v1/orders/{placed.Id}", CartViews.Of(closed, placed));
    }

    /// <summary>The caller's channel and its cart; another channel's cart is the same 404 as a missing one.</summary>
    private static async ValueTask<(CallerChannel? Channel, CartId Cart, CartView? View, ProblemHttpResult? Problem)> ResolveAsync(string id, HttpContext context, IGrainFactory grains)
    {
        if (!TryParseCartId(id, out var cart, out var problem))
        {
            return (null, cart, null, problem);
        }

        var (channel, unknown) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (unknown is not null)
        {
            return (null, cart, null, unknown);
        }

        var view = await grains.GetGrain<ICartGrain>(cart.Value).GetAsync().ConfigureAwait(false);
        return view is not null && view.Channel == channel!.Id ? (channel, cart, view, null) : (channel, cart, null, Unknown(cart));
    }

    private static bool TryParseLine(AddCartLineRequest request, CallerChannel channel, IdempotencyKey key, [NotNullWhen(true)] out AddCartLine? command, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        command = null;
        if (!OrderRequests.TryParseSku(request.Sku, "sku", out var sku, out problem)
            || !OrderRequests.TryParseCustomer(request.CustomerId, out var customer, out problem)
            || !GeoPositions.TryParse(request.Near, "near", out var near, out problem))
        {
            return false;
        }

        if (!OrderRequests.IsQuantity(request.Quantity))
        {
            problem = ApiProblem.BadRequest("invalid_cart", "quantity is 1 to 1,000,000.");
            return false;
        }

        LocationId? store = null;
        if (request.PickupStore is not null)
        {
            if (!OrderRequests.TryParseLocation(request.PickupStore, "pickupStore", out var location, out problem))
            {
                return false;
            }

            if (!channel.Reaches(location))
            {
                problem = channel.NotReached(location);
                return false;
            }

            store = location;
        }

        command = new AddCartLine(key, channel.Id, sku, request.Quantity, customer, near, store);
        return true;
    }

    private static bool TryParseCartId(string? text, out CartId cart, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = CartId.TryParse(text, out cart, out var error) ? null : ApiProblem.BadRequest("invalid_cart_id", error);
        return problem is null;
    }

    /// <summary>A new cart's id: 132 bits of the request's grain-level idempotency key, which is derived from the caller's channel.</summary>
    private static CartId NewCartId(HttpContext context) => CartId.Parse($"cart-{context.GetIdempotencyKey().Value[1..23]}");

    private static Results<Ok<CartDetail>, ProblemHttpResult> Outcome(CartId cart, ChannelId channel, CartResult result)
    {
        if (!result.Accepted)
        {
            return CartProblems.From(result, channel);
        }

        return result.Cart is { } view && view.Channel == channel ? TypedResults.Ok(CartViews.Of(view)) : Unknown(cart);
    }

    private static ProblemHttpResult Unknown(CartId cart) => ApiProblem.NotFound("unknown_cart", $"No cart has the id '{cart}'.");

    private static ProblemHttpResult CustomerMismatch() =>
        ApiProblem.Of(StatusCodes.Status409Conflict, "customer_mismatch", "The customer named is not the cart's customer; a cart keeps one customer.");
}
