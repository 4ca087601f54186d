using Grid.Grains.Ids;
using Grid.Grains.Sourcing;

namespace Grid.Benchmarks.Sourcing;

/// <summary>
/// Known availability for the sourcing benchmarks, shaped like the per-SKU snapshots a sourcing grain would hold: one
/// column per SKU (location id to available to sell), and the last column asked for is kept at hand, since the planner
/// reads one SKU across all locations before the next. No inbound supply.
/// </summary>
internal sealed class InMemoryAvailability : IAvailabilityView
{
    private readonly Dictionary<SkuId, SkuColumn> _columns = [];
    private SkuColumn? _last;

    public void Set(SkuId sku, LocationId location, long availableToSell)
    {
        if (!_columns.TryGetValue(sku, out var column))
        {
            _columns[sku] = column = new SkuColumn(sku, []);
        }

        column.AvailableToSell[location.Value] = availableToSell;
    }

    public long AvailableToSell(SkuId sku, LocationId location)
    {
        var column = _last;
        if (column is null || column.Sku != sku)
        {
            if (!_columns.TryGetValue(sku, out column))
            {
                return 0;
            }

            _last = column;
        }

        return column.AvailableToSell.GetValueOrDefault(location.Value);
    }

    public DateOnly? AvailableToPromiseOn(SkuId sku, LocationId location, long quantity) => null;
}
