using Grid.Grains.Channels;
using Grid.Grains.Inventory;

namespace Grid.Api.Streams;

internal sealed partial class AvailabilityFeed
{
    /// <summary>
    /// Takes a channel profile (again) and the silo's known values: drops SKU-locations whose location left the channel
    /// (a 0 is sent for them), reshapes the rest for a new safety stock, and adds or corrects what <paramref name="known"/>
    /// has newer than the feed (an event may have been missed).
    /// </summary>
    public void Reconcile(ChannelProfile profile, IEnumerable<(InventoryKey Key, long AvailableToSell, long Sequence)> known)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(known);
        var shape = ChannelShape.Of(profile);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            _batch.Clear();
            if (shape.SafetyStock != _shape.SafetyStock || !shape.Locations.SetEquals(_shape.Locations))
            {
                Reshape(shape, now);
            }

            foreach (var (key, availableToSell, sequence) in known)
            {
                Observe(key, availableToSell, sequence, now, now);
            }

            Publish();
        }
    }

    private void Reshape(ChannelShape shape, DateTimeOffset now)
    {
        _shape = shape;
        var dropped = new List<FeedEntry>();
        var reshaped = new List<FeedEntry>();
        foreach (var entry in _entries.Values)
        {
            if (!shape.Feeds(entry.Key.Location))
            {
                dropped.Add(entry);
            }
            else if (shape.Shape(entry.AvailableToSell) != entry.Available)
            {
                reshaped.Add(entry);
            }
        }

        foreach (var entry in dropped)
        {
            _entries.Remove(entry.Key);
            entry.Removed = true;
            _order.Staled();
            if (entry.Available != 0)
            {
                // The channel can no longer sell it: subscribers that know a value learn it is gone.
                Append(new AvailabilityChange(NextSequence(), entry.Key, 0, now), now);
            }
        }

        foreach (var entry in reshaped)
        {
            Emit(entry, shape.Shape(entry.AvailableToSell), now, now, hadSlot: true);
        }
    }
}
