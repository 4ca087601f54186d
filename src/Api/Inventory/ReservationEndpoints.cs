using Grid.Api.Access;
using Grid.Api.Channels;
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
/// A channel's holds on stock: <c>/v1/inventory/{sku}/{location}/reservations</c>. Only locations that feed the channel,
/// only its own holds, never into its safety stock; every change takes an <c>Idempotency-Key</c>.
/// </summary>
internal static class ReservationEndpoints
{
    public static IEndpointRouteBuilder MapReservations(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/inventory/{sku}/{location}/reservations").RequireScope(ApiScopes.Channel).WithTags("Reservations");
        group.MapGet("", ListAsync).WithName("ListReservations");
        group.MapPost("", ReserveAsync).WithName("Reserve").WithMetadata(new IdempotentAttribute());
        group.MapPost("/{reservationId}/extend", ExtendAsync).WithName("ExtendReservation").WithMetadata(new IdempotentAttribute());
        group.MapPost("/{reservationId}/release", ReleaseAsync).WithName("ReleaseReservation").WithMetadata(new IdempotentAttribute());
        group.MapPost("/{reservationId}/commit", CommitAsync).WithName("CommitReservation").WithMetadata(new IdempotentAttribute());
        return endpoints;
    }

    internal static async Task<Results<Ok<IReadOnlyList<ReservationView>>, ProblemHttpResult>> ListAsync(string sku, string location, HttpContext context, IGrainFactory grains)
    {
        var (channel, key, problem) = await ResolveAsync(sku, location, context).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var reservations = await grains.GetGrain<IInventoryGrain>(key.ToString()).GetReservationsAsync().ConfigureAwait(false);
        IReadOnlyList<ReservationView> own = [.. reservations
            .Where(r => r.Channel == channel!.Id)
            .Select(r => new ReservationView(ChannelReservationId.Local(channel!.Id, r.Id), r.Channel.Value, r.Quantity, r.Owner, r.ExpiresAt, r.CreatedAt))];
        return TypedResults.Ok(own);
    }

    internal static async Task<Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem>> ReserveAsync(string sku, string location, ReserveRequest request, HttpContext context, IGrainFactory grains)
    {
        var (channel, key, problem) = await ResolveAsync(sku, location, context).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (!ChannelReservationId.TryParse(channel!.Id, request.ReservationId, out var reservation, out problem))
        {
            return problem;
        }

        if (!HoldSeconds.TryParse(request.HoldSeconds, out var hold, out problem))
        {
            return problem;
        }

        var command = new ReserveStock(context.GetIdempotencyKey(), reservation, request.Quantity, channel.Id, request.Owner ?? string.Empty, hold) { KeepBack = channel.Profile.SafetyStock };
        var result = await grains.GetGrain<IInventoryGrain>(key.ToString()).ReserveAsync(command).ConfigureAwait(false);
        return Outcome(key, channel, result);
    }

    internal static async Task<Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem>> ExtendAsync(string sku, string location, string reservationId, ExtendRequest request, HttpContext context, IGrainFactory grains)
    {
        var (channel, key, problem) = await ResolveAsync(sku, location, context).ConfigureAwait(false);
        if (problem is not null || !ChannelReservationId.TryParse(channel!.Id, reservationId, out var reservation, out problem) || !HoldSeconds.TryParse(request.HoldSeconds, out var hold, out problem))
        {
            return problem;
        }

        var result = await grains.GetGrain<IInventoryGrain>(key.ToString()).ExtendAsync(new ExtendReservation(context.GetIdempotencyKey(), reservation, hold)).ConfigureAwait(false);
        return Outcome(key, channel, result);
    }

    internal static async Task<Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem>> ReleaseAsync(string sku, string location, string reservationId, HttpContext context, IGrainFactory grains)
    {
        var (channel, key, problem) = await ResolveAsync(sku, location, context).ConfigureAwait(false);
        if (problem is not null || !ChannelReservationId.TryParse(channel!.Id, reservationId, out var reservation, out problem))
        {
            return problem;
        }

        var result = await grains.GetGrain<IInventoryGrain>(key.ToString()).ReleaseAsync(new ReleaseReservation(context.GetIdempotencyKey(), reservation)).ConfigureAwait(false);
        return Outcome(key, channel, result);
    }

    internal static async Task<Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem>> CommitAsync(string sku, string location, string reservationId, CommitRequest request, HttpContext context, IGrainFactory grains)
    {
        var (channel, key, problem) = await ResolveAsync(sku, location, context).ConfigureAwait(false);
        if (problem is not null || !ChannelReservationId.TryParse(channel!.Id, reservationId, out var reservation, out problem))
        {
            return problem;
        }

        if (!OrderId.TryParse(request.OrderId, out var order, out var error))
        {
            return ApiProblem.BadRequest("invalid_order_id", error);
        }

        var result = await grains.GetGrain<IInventoryGrain>(key.ToString()).CommitAsync(new CommitReservation(context.GetIdempotencyKey(), reservation, order)).ConfigureAwait(false);
        return Outcome(key, channel, result);
    }

    private static async ValueTask<(CallerChannel? Channel, InventoryKey Key, ProblemHttpResult? Problem)> ResolveAsync(string sku, string location, HttpContext context)
    {
        if (!StockRoute.TryParse(sku, location, out var key, out var problem))
        {
            return (null, key, problem);
        }

        var (channel, unknown) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (unknown is not null)
        {
            return (null, key, unknown);
        }

        return channel!.Reaches(key.Location) ? (channel, key, null) : (null, key, channel.NotReached(key.Location));
    }

    private static Results<Ok<InventoryOutcome>, ProblemHttpResult, EncodedProblem> Outcome(InventoryKey key, CallerChannel channel, InventoryResult result) =>
        result.Accepted
            ? TypedResults.Ok(new InventoryOutcome(key.Sku.Value, key.Location.Value, channel.Shape(result.Availability), result.ExpiresAt, result.Replayed))
            : InventoryProblems.From(result.Error);
}
