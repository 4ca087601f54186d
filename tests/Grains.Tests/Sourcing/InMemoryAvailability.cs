using Grid.Grains.Ids;
using Grid.Grains.Sourcing;

namespace Grid.Grains.Tests.Sourcing;

/// <summary>
/// Stock per SKU and location held in dictionaries: available to sell now, plus dated inbound supply that counts toward
/// available to promise from its day on.
/// </summary>
internal sealed class InMemoryAvailability(DateOnly today) : IAvailabilityView
{
    private readonly Dictionary<(SkuId, LocationId), long> _ats = [];
    private readonly Dictionary<(SkuId, LocationId), List<(DateOnly On, long Quantity)>> _inbound = [];

    public InMemoryAvailability Set(SkuId sku, LocationId location, long availableToSell)
    {
        _ats[(sku, location)] = availableToSell;
        return this;
    }

    public InMemoryAvailability Set(string sku, string location, long availableToSell) =>
        Set(SkuId.Parse(sku), LocationId.Parse(location), availableToSell);

    public InMemoryAvailability Expect(SkuId sku, LocationId location, DateOnly on, long quantity)
    {
        if (!_inbound.TryGetValue((sku, location), out var supply))
        {
            _inbound[(sku, location)] = supply = [];
        }

        supply.Add((on, quantity));
        supply.Sort((a, b) => a.On.CompareTo(b.On));
        return this;
    }

    public InMemoryAvailability Expect(string sku, string location, DateOnly on, long quantity) =>
        Expect(SkuId.Parse(sku), LocationId.Parse(location), on, quantity);

    public long AvailableToSell(SkuId sku, LocationId location) => _ats.GetValueOrDefault((sku, location));

    public DateOnly? AvailableToPromiseOn(SkuId sku, LocationId location, long quantity)
    {
        var promised = AvailableToSell(sku, location);
        if (promised >= quantity)
        {
            return today;
        }

        foreach (var (on, units) in _inbound.GetValueOrDefault((sku, location)) ?? [])
        {
            promised += units;
            if (promised >= quantity)
            {
                return on < today ? today : on;
            }
        }

        return null;
    }
}
