using System.Threading.Channels;

namespace Grid.Grains.Inventory;

/// <summary>A subscriber's view of <see cref="InventoryEventHub"/>.</summary>
public sealed class InventoryEventSubscription : IDisposable
{
    private readonly Action _unsubscribe;

    internal InventoryEventSubscription(ChannelReader<object> events, Action unsubscribe)
    {
        Events = events;
        _unsubscribe = unsubscribe;
    }

    /// <summary>The events, in publication order per SKU-location.</summary>
    public ChannelReader<object> Events { get; }

    /// <inheritdoc />
    public void Dispose() => _unsubscribe();
}
