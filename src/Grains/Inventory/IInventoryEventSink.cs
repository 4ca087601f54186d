namespace Grid.Grains.Inventory;

/// <summary>Where inventory grains publish their events once the change behind them is durable.</summary>
public interface IInventoryEventSink
{
    /// <summary>Publishes events of one SKU at one location, in order.</summary>
    void Publish(InventoryKey key, IReadOnlyList<object> events);
}
