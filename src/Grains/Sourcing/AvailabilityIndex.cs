using System.Collections.Concurrent;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Events;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>
/// The silo's view of stock for sourcing: available-to-sell per SKU-location, kept current by the inventory grains'
/// events, and filled on first use (and refreshed for inbound supply after <see cref="InboundRefresh"/>) by asking the
/// grains. A stale entry can only make a plan fail at reservation, which the saga answers by re-sourcing; it can never
/// promise stock, because every unit is reserved at its inventory grain.
/// </summary>
public sealed class AvailabilityIndex
{
    /// <summary>How long inbound supply read from a grain is trusted (no event announces new supply).</summary>
    public static readonly TimeSpan InboundRefresh = TimeSpan.FromMinutes(1);

    private const int MaxInFlight = 64;
    private readonly ConcurrentDictionary<InventoryKey, StockEntry> _entries = new();
    private readonly TimeProvider _time;

    /// <summary>Creates an empty index on the given clock.</summary>
    public AvailabilityIndex(TimeProvider time)
    {
        _time = time;
    }

    /// <summary>SKU-locations known.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Every SKU-location known, with what <paramref name="channel"/> may sell there (its ring-fenced pool counted; without
    /// a channel, the general available-to-sell) and the sequence of that value: a moment's view.
    /// </summary>
    public IEnumerable<(InventoryKey Key, long AvailableToSell, long Sequence)> EnumerateKnown(ChannelId? channel = null) =>
        _entries.Select(pair => (pair.Key, pair.Value.For(channel), pair.Value.Sequence));

    /// <summary>Applies inventory events (only availability changes matter here); events older than what is known are ignored.</summary>
    public void Apply(IReadOnlyList<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var @event in events)
        {
            var (key, availability) = @event switch
            {
                AvailabilityChanged changed => (changed.Key, changed.Availability),
                ShortageDetected shortage => (shortage.Key, shortage.Availability),
                _ => (default(InventoryKey), default(AvailabilitySnapshot?)),
            };
            if (availability is { } snapshot)
            {
                _entries.AddOrUpdate(
                    key,
                    static (_, s) => new StockEntry(s.AvailableToSell, s.Sequence, s.Pools is null ? null : StockExtras.None with { Pools = s.Pools }),
                    static (_, existing, s) => s.Sequence >= existing.Sequence ? existing with { AvailableToSell = s.AvailableToSell, Sequence = s.Sequence, Extras = existing.WithPools(s.Pools) } : existing,
                    snapshot);
            }
        }
    }

    /// <summary>Reads from the grains every pair not known yet, or whose inbound supply is older than <see cref="InboundRefresh"/>.</summary>
    public async Task EnsureAsync(IGrainFactory grains, IEnumerable<SkuId> skus, IEnumerable<LocationId> locations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        var now = _time.GetUtcNow();
        var stale = new List<InventoryKey>();
        var locationList = locations.ToList();
        foreach (var sku in skus.Distinct())
        {
            foreach (var location in locationList)
            {
                var key = new InventoryKey(sku, location);
                if (!_entries.TryGetValue(key, out var entry) || now - entry.InboundReadAt >= InboundRefresh)
                {
                    stale.Add(key);
                }
            }
        }

        await Parallel.ForEachAsync(
            stale,
            new ParallelOptions { MaxDegreeOfParallelism = MaxInFlight, CancellationToken = cancellationToken },
            async (key, _) =>
            {
                var grain = grains.GetGrain<IInventoryGrain>(key.ToString());
                var availability = await grain.GetAvailabilityAsync().ConfigureAwait(false);
                var inbound = await grain.GetInboundAsync().ConfigureAwait(false);
                var fresh = new StockEntry(availability.AvailableToSell, availability.Sequence, new StockExtras([.. inbound], now, availability.Pools));
                _entries.AddOrUpdate(
                    key,
                    fresh,
                    (_, existing) => existing.Sequence > fresh.Sequence ? existing with { Extras = (existing.Extras ?? StockExtras.None) with { Inbound = fresh.Inbound, InboundReadAt = now } } : fresh);
            }).ConfigureAwait(false);
    }

    /// <summary>A consistent-enough view for one sourcing decision.</summary>
    public IAvailabilityView View(DateOnly today) => new IndexView(this, today, null);

    /// <summary>A view for one sourcing decision of <paramref name="channel"/>: its ring-fenced pools count as its stock.</summary>
    public IAvailabilityView View(DateOnly today, ChannelId channel) => new IndexView(this, today, channel);

    /// <summary>
    /// One SKU-location, inline in the dictionary's node (a silo may know a million): what most entries need, and the
    /// rest only for the SKU-locations that have it.
    /// </summary>
    private readonly record struct StockEntry(long AvailableToSell, long Sequence, StockExtras? Extras)
    {
        public InboundSupply[] Inbound => Extras?.Inbound ?? [];

        public DateTimeOffset InboundReadAt => Extras?.InboundReadAt ?? DateTimeOffset.MinValue;

        public IReadOnlyList<PoolAvailability>? Pools => Extras?.Pools;

        /// <summary>What <paramref name="channel"/> may sell here: its pool's figure where it has one, otherwise the general one.</summary>
        public long For(ChannelId? channel) =>
            channel is { } c && Pools is { } pools ? new AvailabilitySnapshot { AvailableToSell = AvailableToSell, Pools = pools }.AvailableTo(c) : AvailableToSell;

        public StockExtras? WithPools(IReadOnlyList<PoolAvailability>? pools) =>
            Extras is null && pools is null ? null : (Extras ?? StockExtras.None) with { Pools = pools };
    }

    /// <summary>Inbound supply as last read from the grain, and channel pools: only for SKU-locations that have them.</summary>
    private sealed record StockExtras(InboundSupply[] Inbound, DateTimeOffset InboundReadAt, IReadOnlyList<PoolAvailability>? Pools)
    {
        public static readonly StockExtras None = new([], DateTimeOffset.MinValue, null);
    }

    private sealed class IndexView(AvailabilityIndex index, DateOnly today, ChannelId? channel) : IAvailabilityView
    {
        public long AvailableToSell(SkuId sku, LocationId location) =>
            index._entries.TryGetValue(new InventoryKey(sku, location), out var entry) ? entry.For(channel) : 0;

        public DateOnly? AvailableToPromiseOn(SkuId sku, LocationId location, long quantity)
        {
            if (!index._entries.TryGetValue(new InventoryKey(sku, location), out var entry))
            {
                return null;
            }

            var promisable = entry.For(channel);
            if (promisable >= quantity)
            {
                return today;
            }

            foreach (var supply in entry.Inbound)
            {
                promisable += supply.Quantity;
                if (promisable >= quantity)
                {
                    return supply.ExpectedOn < today ? today : supply.ExpectedOn;
                }
            }

            return null;
        }
    }
}
