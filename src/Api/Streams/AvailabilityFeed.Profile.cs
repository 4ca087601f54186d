using Grid.Grains.Channels;
using Grid.Grains.Inventory;

namespace Grid.Api.Streams;

internal sealed partial class AvailabilityFeed
{
    /// <summary>
    /// Takes a channel profile (again) and the silo's known values: sets SKU-locations whose location left the channel
    /// to 0, reshapes the rest for a new safety stock, and adds or corrects what <paramref name="known"/>
    /// has newer than the feed (an event may have been missed).
    /// </summary>
    public void Reconcile(ChannelProfile profile, IEnumerable<(InventoryKey Key, long AvailableToSell, long Sequence)> known)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(known);
        var shape = ChannelShape.Of(profile);
        lock (_publishing)
        {
            AvailabilityChange[] changes;
            PendingAvailability[] subscribers;
            lock (_lock)
            {
                var now = _time.GetUtcNow();
                if (shape.SafetyStock != _shape.SafetyStock || !shape.Locations.SetEquals(_shape.Locations))
                {
                    Reshape(shape, now);
                }

                foreach (var (key, availableToSell, sequence) in known)
                {
                    Observe(key, availableToSell, sequence, now, now);
                }

                (changes, subscribers) = TakeBatch();
            }

            Publish(changes, subscribers);
        }
    }

    private void Reshape(ChannelShape shape, DateTimeOffset now)
    {
        _shape = shape;

        // A location that left the channel keeps its entry at 0 (the channel can no longer sell there): subscribers
        // that know a value learn it is gone, and its inventory is still known should the location come back.
        var reshaped = new List<(FeedEntry Entry, long Available)>();
        foreach (var entry in _entries.Values)
        {
            var available = shape.Feeds(entry.Key.Location) ? shape.Shape(entry.AvailableToSell) : 0;
            if (available != entry.Available)
            {
                reshaped.Add((entry, available));
            }
        }

        foreach (var (entry, available) in reshaped)
        {
            Emit(entry, available, now, now, hadSlot: true);
        }
    }
}
