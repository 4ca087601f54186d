using Grid.Api.Access;
using Grid.Api.Idempotency;
using Grid.Api.Problems;
using Grid.Contracts.Inventory;
using Grid.Grains.ApiKeys;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Inventory;

/// <summary>
/// Stock for ops: <c>/ops/inventory/{sku}/{location}</c>: the full picture, physical changes (till sale, shrink, cycle
/// count), inbound supply, transfers, safety stock, fulfilment and returns. Every change takes an <c>Idempotency-Key</c>.
/// </summary>
internal static class StockEndpoints
{
    public static IEndpointRouteBuilder MapStock(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/ops/inventory/{sku}/{location}").RequireScope(ApiScopes.Ops).WithTags("Stock");
        group.MapGet("", GetAsync).WithName("GetStock");
        Change<AdjustRequest>(group, "/adjustments", "AdjustStock", static (c, k) => new AdjustStock(k, c.Delta, c.Reason ?? string.Empty), static (g, c) => g.AdjustAsync((AdjustStock)c));
        Change<SetOnHandRequest>(group, "/on-hand", "SetOnHand", static (c, k) => new SetOnHand(k, c.OnHand, c.Reason ?? string.Empty), static (g, c) => g.SetOnHandAsync((SetOnHand)c), put: true);
        Change<SafetyStockRequest>(group, "/safety-stock", "SetSafetyStock", static (c, k) => new SetSafetyStock(k, c.Quantity), static (g, c) => g.SetSafetyStockAsync((SetSafetyStock)c), put: true);
        Change<ExpectInboundRequest>(group, "/inbound", "ExpectInbound", static (c, k) => new ExpectInbound(k, c.Supply ?? string.Empty, c.Quantity, c.ExpectedOn), static (g, c) => g.ExpectInboundAsync((ExpectInbound)c));
        Change<ReceiveInboundRequest>(group, "/receipts", "ReceiveInbound", static (c, k) => new ReceiveInbound(k, c.Supply ?? string.Empty, c.Quantity), static (g, c) => g.ReceiveInboundAsync((ReceiveInbound)c));
        Change<ReturnStockRequest>(group, "/returns", "ReturnStock", static (c, k) => new ReturnStock(k, c.Quantity, c.Resellable, c.Reference ?? string.Empty), static (g, c) => g.ReturnAsync((ReturnStock)c));
        Change<TransferRequest, LocationId>(group, "/transfers-out", "TransferOut", OtherLocation, static (c, k, other) => new TransferOut(k, c.Transfer ?? string.Empty, c.Quantity, other), static (g, c) => g.TransferOutAsync((TransferOut)c));
        Change<TransferRequest, LocationId>(group, "/transfers-in", "TransferIn", OtherLocation, static (c, k, other) => new TransferIn(k, c.Transfer ?? string.Empty, c.Quantity, other), static (g, c) => g.TransferInAsync((TransferIn)c));
        group.MapPut("/pools/{channel}", SetPoolAsync).WithName("SetPool").WithMetadata(new IdempotentAttribute());
        Change<AllocationRequest, OrderId>(group, "/fulfilments", "FulfilAllocation", Order, static (c, k, order) => new FulfilAllocation(k, order, c.Quantity), static (g, c) => g.FulfilAsync((FulfilAllocation)c));
        Change<AllocationRequest, OrderId>(group, "/allocation-releases", "ReleaseAllocation", Order, static (c, k, order) => new ReleaseAllocation(k, order, c.Quantity), static (g, c) => g.ReleaseAllocationAsync((ReleaseAllocation)c));
        return endpoints;
    }

    internal static async Task<Results<Ok<StockDetail>, ProblemHttpResult>> GetAsync(string sku, string location, IGrainFactory grains)
    {
        if (!StockRoute.TryParse(sku, location, out var key, out var problem))
        {
            return problem;
        }

        var grain = grains.GetGrain<IInventoryGrain>(key.ToString());
        var levels = await grain.GetAvailabilityAsync().ConfigureAwait(false);
        var reservations = await grain.GetReservationsAsync().ConfigureAwait(false);
        var inbound = await grain.GetInboundAsync().ConfigureAwait(false);
        return TypedResults.Ok(new StockDetail(
            Levels(key, levels),
            [.. reservations.Select(r => new ReservationView(r.Id.Value, r.Channel.Value, r.Quantity, r.Owner, r.ExpiresAt, r.CreatedAt))],
            [.. inbound.Select(s => new InboundView(s.Supply, s.Quantity, s.ExpectedOn))]));
    }

    internal static async Task<Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem>> SetPoolAsync(string sku, string location, string channel, PoolRequest request, HttpContext context, IGrainFactory grains)
    {
        if (!StockRoute.TryParse(sku, location, out var key, out var problem))
        {
            return problem;
        }

        if (!ChannelId.TryParse(channel, out var channelId, out var error))
        {
            return ApiProblem.BadRequest("invalid_channel", error);
        }

        var result = await grains.GetGrain<IInventoryGrain>(key.ToString()).SetPoolAsync(new SetPool(context.GetIdempotencyKey(), channelId, request.Quantity)).ConfigureAwait(false);
        return Outcome(key, result);
    }

    internal static StockLevels Levels(InventoryKey key, AvailabilitySnapshot s) =>
        new(key.Sku.Value, key.Location.Value, s.OnHand, s.Reserved, s.Allocated, s.SafetyStock, s.AvailableToSell, s.Sequence,
            [.. (s.Pools ?? []).Select(p => new PoolLevels(p.Channel.Value, p.Size, p.AvailableToSell))]);

    private static void Change<TRequest>(
        RouteGroupBuilder group,
        string path,
        string name,
        Func<TRequest, IdempotencyKey, IInventoryCommand> command,
        Func<IInventoryGrain, IInventoryCommand, ValueTask<InventoryResult>> send,
        bool put = false)
        where TRequest : class
    {
        var handler = async Task<Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem>> (string sku, string location, TRequest request, HttpContext context, IGrainFactory grains) =>
        {
            if (!StockRoute.TryParse(sku, location, out var key, out var problem))
            {
                return problem;
            }

            var result = await send(grains.GetGrain<IInventoryGrain>(key.ToString()), command(request, context.GetIdempotencyKey())).ConfigureAwait(false);
            return Outcome(key, result);
        };
        (put ? group.MapPut(path, handler) : group.MapPost(path, handler)).WithName(name).WithMetadata(new IdempotentAttribute());
    }

    private static void Change<TRequest, TReference>(
        RouteGroupBuilder group,
        string path,
        string name,
        Func<TRequest, (TReference Value, ProblemHttpResult? Problem)> parse,
        Func<TRequest, IdempotencyKey, TReference, IInventoryCommand> command,
        Func<IInventoryGrain, IInventoryCommand, ValueTask<InventoryResult>> send)
        where TRequest : class
    {
        group.MapPost(path, async Task<Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem>> (string sku, string location, TRequest request, HttpContext context, IGrainFactory grains) =>
        {
            if (!StockRoute.TryParse(sku, location, out var key, out var problem))
            {
                return problem;
            }

            var (reference, invalid) = parse(request);
            if (invalid is not null)
            {
                return invalid;
            }

            var result = await send(grains.GetGrain<IInventoryGrain>(key.ToString()), command(request, context.GetIdempotencyKey(), reference)).ConfigureAwait(false);
            return Outcome(key, result);
        }).WithName(name).WithMetadata(new IdempotentAttribute());
    }

    private static (LocationId, ProblemHttpResult?) OtherLocation(TransferRequest request) =>
        LocationId.TryParse(request.OtherLocation, out var location, out var error) ? (location, null) : (default, ApiProblem.BadRequest("invalid_location", error));

    private static (OrderId, ProblemHttpResult?) Order(AllocationRequest request) =>
        OrderId.TryParse(request.OrderId, out var order, out var error) ? (order, null) : (default, ApiProblem.BadRequest("invalid_order_id", error));

    private static Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem> Outcome(InventoryKey key, InventoryResult result) =>
        result.Accepted
            ? TypedResults.Ok(new InventoryOutcome(key.Sku.Value, key.Location.Value, result.Availability.AvailableToSell, result.ExpiresAt, result.Replayed))
            : InventoryProblems.From(result.Error);
}
