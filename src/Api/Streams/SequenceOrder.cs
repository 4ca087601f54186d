using System.Runtime.InteropServices;
using Grid.Grains.Ids;

namespace Grid.Api.Streams;

/// <summary>
/// A feed's entries in the order of their last change, so a snapshot can be read in pages while changes keep coming:
/// a reader walks sequence numbers, never positions. A change appends the entry again and leaves its old slot stale;
/// stale slots are compacted away once they outnumber the live ones.
/// </summary>
internal sealed class SequenceOrder
{
    private const int MinStaleToCompact = 1_024;
    private readonly List<Slot> _slots = [];
    private int _stale;

    /// <summary>Records that an entry's <see cref="FeedEntry.Sequence"/> just moved to a new, highest sequence.</summary>
    public void Moved(FeedEntry entry, bool hadSlot)
    {
        _slots.Add(new Slot(entry.Sequence, entry));
        if (!hadSlot)
        {
            return;
        }

        _stale++;
        if (_stale >= MinStaleToCompact && _stale > _slots.Count - _stale)
        {
            _slots.RemoveAll(static slot => !slot.IsLive);
            _stale = 0;
        }
    }

    /// <summary>
    /// Adds the live entries with a sequence after <paramref name="after"/> and up to <paramref name="through"/>, in order,
    /// at most <paramref name="maxItems"/> of them and scanning at most <paramref name="maxScan"/> slots. Returns the
    /// sequence scanned up to (the next call's <paramref name="after"/>); <paramref name="done"/> when nothing is left.
    /// </summary>
    public long Read(long after, long through, IReadOnlySet<SkuId>? skus, List<AvailabilityChange> into, int maxItems, int maxScan, out bool done)
    {
        var slots = CollectionsMarshal.AsSpan(_slots);
        var index = FirstAfter(slots, after);
        var scanned = 0;
        var cursor = after;
        for (; index < slots.Length && scanned < maxScan && into.Count < maxItems; index++, scanned++)
        {
            var slot = slots[index];
            if (slot.Sequence > through)
            {
                done = true;
                return cursor;
            }

            cursor = slot.Sequence;
            if (slot.IsLive && (skus is null || skus.Contains(slot.Entry.Key.Sku)))
            {
                into.Add(slot.Entry.ToChange());
            }
        }

        done = index >= slots.Length || slots[index].Sequence > through;
        return cursor;
    }

    private static int FirstAfter(ReadOnlySpan<Slot> slots, long sequence)
    {
        int low = 0, high = slots.Length;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (slots[middle].Sequence <= sequence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private readonly record struct Slot(long Sequence, FeedEntry Entry)
    {
        public bool IsLive => Entry.Sequence == Sequence;
    }
}
