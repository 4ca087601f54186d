using System.Threading.Channels;

namespace Grid.Grains.Inventory;

/// <summary>
/// Fans inventory events out to in-process subscribers. Each subscriber has a bounded buffer; one that falls behind
/// loses its oldest events rather than slowing the grains (availability streams resume from sequence numbers).
/// </summary>
public sealed class InventoryEventHub : IInventoryEventSink
{
    private const int SubscriberCapacity = 10_000;
    private readonly Lock _lock = new();
    private readonly List<Channel<object>> _subscribers = [];

    /// <summary>Events published so far.</summary>
    public long Published { get; private set; }

    /// <inheritdoc />
    public void Publish(InventoryKey key, IReadOnlyList<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        lock (_lock)
        {
            foreach (var @event in events)
            {
                Published++;
                foreach (var subscriber in _subscribers)
                {
                    subscriber.Writer.TryWrite(@event);
                }
            }
        }
    }

    /// <summary>Subscribes to every event from now on; dispose the subscription to stop.</summary>
    public InventoryEventSubscription Subscribe()
    {
        var channel = Channel.CreateBounded<object>(new BoundedChannelOptions(SubscriberCapacity)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_lock)
        {
            _subscribers.Add(channel);
        }

        return new InventoryEventSubscription(channel.Reader, () =>
        {
            lock (_lock)
            {
                _subscribers.Remove(channel);
            }

            channel.Writer.TryComplete();
        });
    }
}
