using Grid.Grains.Orders;
using Grid.Grains.Sourcing;

namespace Grid.Grains.Inventory;

/// <summary>
/// The inventory grains' event sink: updates the silo's availability index, has shortages re-sourced, then fans the
/// events out to subscribers.
/// </summary>
internal sealed class InventoryEventFanOut(AvailabilityIndex index, ShortageResponder shortages, InventoryEventHub hub) : IInventoryEventSink
{
    public void Publish(InventoryKey key, IReadOnlyList<object> events)
    {
        index.Apply(events);
        shortages.Observe(events);
        hub.Publish(key, events);
    }
}
