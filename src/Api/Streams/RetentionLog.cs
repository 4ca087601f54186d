namespace Grid.Api.Streams;

/// <summary>
/// A feed's recent changes, numbered without gaps, bounded by count and by age: a subscriber whose resume point is
/// still covered gets exactly what it missed.
/// </summary>
internal sealed class RetentionLog
{
    private const int InitialCapacity = 1_024;
    private readonly int _maxCount;
    private readonly TimeSpan _maxAge;
    private Item[] _items;
    private int _head;
    private int _count;

    public RetentionLog(int maxCount, TimeSpan maxAge)
    {
        _maxCount = maxCount;
        _maxAge = maxAge;
        _items = new Item[Math.Min(InitialCapacity, maxCount)];
    }

    /// <summary>The sequence of the last change appended; 0 before the first.</summary>
    public long Last { get; private set; }

    public int Count => _count;

    /// <summary>The first sequence still kept (<see cref="Last"/> + 1 when none is).</summary>
    public long First => Last - _count + 1;

    /// <summary>Appends the next change; its sequence must follow <see cref="Last"/>.</summary>
    public void Append(AvailabilityChange change, DateTimeOffset now)
    {
        if (change.Sequence != Last + 1)
        {
            throw new ArgumentException($"Change {change.Sequence} does not follow {Last}.", nameof(change));
        }

        if (_count == _maxCount)
        {
            _head = (_head + 1) % _items.Length;
            _count--;
        }
        else if (_count == _items.Length)
        {
            Grow();
        }

        _items[(_head + _count) % _items.Length] = new Item(change, now);
        _count++;
        Last = change.Sequence;
        Trim(now);
    }

    /// <summary>Forgets changes recorded longer than the retention age ago.</summary>
    public void Trim(DateTimeOffset now)
    {
        var oldest = now - _maxAge;
        while (_count > 0 && _items[_head].RecordedAt <= oldest)
        {
            _items[_head] = default;
            _head = (_head + 1) % _items.Length;
            _count--;
        }
    }

    /// <summary>True when every change after <paramref name="sequence"/> is kept (nothing after it is missing).</summary>
    public bool Covers(long sequence) => sequence <= Last && sequence >= First - 1;

    /// <summary>Adds the kept changes after <paramref name="sequence"/>, oldest first.</summary>
    public void CopyAfter(long sequence, List<AvailabilityChange> into)
    {
        var first = First;
        for (var s = Math.Max(sequence + 1, first); s <= Last; s++)
        {
            into.Add(_items[(_head + (int)(s - first)) % _items.Length].Change);
        }
    }

    private void Grow()
    {
        var grown = new Item[(int)Math.Min((long)_items.Length * 2, _maxCount)];
        for (var i = 0; i < _count; i++)
        {
            grown[i] = _items[(_head + i) % _items.Length];
        }

        _items = grown;
        _head = 0;
    }

    private readonly record struct Item(AvailabilityChange Change, DateTimeOffset RecordedAt);
}
