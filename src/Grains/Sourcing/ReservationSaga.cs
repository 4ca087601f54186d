using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Locations;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>
/// Reserves a sourcing plan across locations without holding any lock across grains: each leg claims the location's
/// capacity and reserves its lines; when a leg fails, what this attempt took is released and the order is sourced again
/// without that location, up to <see cref="MaxAttempts"/> times. Holds expire by themselves, so even a saga cut short by a
/// crash leaks nothing for longer than its hold.
/// </summary>
internal sealed class ReservationSaga(IGrainFactory grains, AvailabilityIndex index)
{
    /// <summary>Plans tried before the saga gives up.</summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// Sources and reserves the request. <paramref name="token"/> makes reservation ids and idempotency keys unique to the
    /// order or cart, so a retried saga replays instead of reserving twice. An order claims each location's daily capacity;
    /// a cart's holds do not (<paramref name="claimCapacity"/> false).
    /// </summary>
    public async Task<SagaResult> ReserveAsync(SourcingRequest request, ChannelProfile channel, TimeSpan hold, string owner, string token, bool claimCapacity = true)
    {
        var excluded = new List<LocationId>(request.Excluded);
        var failed = new List<LocationId>();
        SourcingPlan? plan = null;
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var locations = await grains.GetGrain<ILocationDirectoryGrain>(ILocationDirectoryGrain.Key).GetAllAsync();
            await index.EnsureAsync(grains, request.Lines.Select(line => line.Sku), channel.Locations);
            plan = SourcingPlanner.Plan(request with { Excluded = excluded }, channel, locations, index.View(request.Today, channel.Id), SourcingRuleSet.Default);
            if (plan.Outcome is not (SourcingOutcome.Sourced or SourcingOutcome.Backordered))
            {
                return new SagaResult(plan, [], failed, attempt);
            }

            var taken = new List<SourcedHold>();
            var claimed = new List<LocationId>();
            LocationId? failedAt = null;
            foreach (var leg in plan.Legs)
            {
                if (leg.AvailableOn is not null)
                {
                    // A backorder leg waits for inbound supply: nothing to reserve yet.
                    continue;
                }

                if (claimCapacity)
                {
                    var claim = await grains.GetGrain<ILocationGrain>(leg.Location.Value).ClaimCapacityAsync(request.Order, request.Today);
                    if (!claim.Accepted)
                    {
                        failedAt = leg.Location;
                        break;
                    }

                    claimed.Add(leg.Location);
                }

                foreach (var line in leg.Lines)
                {
                    var reservation = ReservationId.Parse($"{token}-a{attempt}");
                    var result = await Inventory(line.Sku, leg.Location).ReserveAsync(
                        new ReserveStock(IdempotencyKey.Parse($"{token}:a{attempt}:reserve"), reservation, line.Quantity, channel.Id, owner, hold) { KeepBack = channel.SafetyStock });
                    if (!result.Accepted)
                    {
                        failedAt = leg.Location;
                        break;
                    }

                    taken.Add(new SourcedHold(line.Sku, leg.Location, line.Quantity, reservation));
                }

                if (failedAt is not null)
                {
                    break;
                }
            }

            if (failedAt is null)
            {
                return new SagaResult(plan, taken, failed, attempt);
            }

            await ReleaseAsync(taken, $"{token}:a{attempt}:release");
            foreach (var location in claimed)
            {
                await grains.GetGrain<ILocationGrain>(location.Value).ReleaseCapacityAsync(request.Order, request.Today);
            }

            failed.Add(failedAt.Value);
            excluded.Add(failedAt.Value);
        }

        return new SagaResult(plan! with { Outcome = SourcingOutcome.Rejected, Legs = [] }, [], failed, MaxAttempts);
    }

    /// <summary>Releases holds (idempotently under <paramref name="keyPrefix"/>); a hold already gone is fine.</summary>
    public async Task ReleaseAsync(IEnumerable<SourcedHold> holds, string keyPrefix)
    {
        foreach (var held in holds)
        {
            await Inventory(held.Sku, held.Location).ReleaseAsync(new ReleaseReservation(IdempotencyKey.Parse(keyPrefix), held.Reservation));
        }
    }

    private IInventoryGrain Inventory(SkuId sku, LocationId location) =>
        grains.GetGrain<IInventoryGrain>(new InventoryKey(sku, location).ToString());
}
