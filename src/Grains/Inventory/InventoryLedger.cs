using Grid.Grains.Ids;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Inventory.Events;

namespace Grid.Grains.Inventory;

/// <summary>
/// The rules of one SKU at one location, with no I/O: a command and the time go in, an outcome and events come out.
/// Deterministic, so the grain can persist either the state or the accepted commands. Nothing is ever promised beyond
/// available-to-sell at the moment of the promise; rejections change nothing.
/// </summary>
internal sealed partial class InventoryLedger
{
    // Reservation ids by expiry (UTC ticks). Releases, commits and extensions leave stale entries behind, skipped when
    // they come up: cheaper per grain than a sorted set, and O(log n) either way.
    private readonly PriorityQueue<string, long> _expiries = new();
    private int _pruneAtCount = 64;
    private List<object>? _events;

    public InventoryLedger(InventoryKey key, InventoryState state)
    {
        Key = key;
        State = state;
        // Enumerating the pairs rather than .Values spares every grain the values view the dictionary would cache.
        foreach (var (_, reservation) in state.Reservations)
        {
            _expiries.Enqueue(reservation.Id.Value, reservation.ExpiresAt.UtcTicks);
        }

        _pruneAtCount = Math.Max(64, state.Idempotency.Count * 2);
    }

    public InventoryKey Key { get; }

    public InventoryState State { get; }

    /// <summary>What a channel without a ring-fenced pool may sell: what is free, less every pool's remainder.</summary>
    public long AvailableToSell => State.Pools is null ? Free : Math.Max(0, Free - RingFenced);

    public AvailabilitySnapshot Availability =>
        new(State.OnHand, State.Reserved, State.Allocated, State.SafetyStock, AvailableToSell, State.Sequence) { Pools = PoolAvailabilities() };

    /// <summary>When the earliest hold runs out, if any.</summary>
    public DateTimeOffset? NextExpiry
    {
        get
        {
            while (_expiries.TryPeek(out var id, out var ticks))
            {
                if (IsCurrent(id, ticks))
                {
                    return new DateTimeOffset(ticks, TimeSpan.Zero);
                }

                _expiries.Dequeue();
            }

            return null;
        }
    }

    /// <summary>Available to sell now plus inbound supply expected on or before <paramref name="date"/>.</summary>
    public long AvailableToPromise(DateOnly date) =>
        AvailableToSell + (State.Inbound?.Values.Where(supply => supply.ExpectedOn <= date).Sum(supply => supply.Quantity) ?? 0);

    /// <summary>Takes the events raised since the last call.</summary>
    public IReadOnlyList<object> TakeEvents()
    {
        var events = (IReadOnlyList<object>?)_events ?? [];
        _events = null;
        return events;
    }

    /// <summary>Applies a command at a time: expired holds go first, then idempotency, validation and the change.</summary>
    public InventoryResult Execute(IInventoryCommand command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        ExpireDue(now);

        // Only a known key (a replay?) or an acceptance computes a fingerprint.
        if (State.Idempotency.TryGetValue(command.Key.Value, out var previous))
        {
            return Fingerprint.Matches(previous.Fingerprint, command)
                ? previous.ToReplay(Availability)
                : Reject(InventoryError.IdempotencyKeyReused);
        }

        var availableBefore = Mark;
        var (error, expiresAt) = Apply(command, now);
        if (error != InventoryError.None)
        {
            return Reject(error);
        }

        OnAvailabilityMaybeChanged(availableBefore, now);
        var result = new InventoryResult(InventoryError.None, Availability, expiresAt, Replayed: false);
        Remember(command.Key.Value, Fingerprint.Of(command), result, now);
        return result;
    }

    /// <summary>Releases every hold that has run out by <paramref name="now"/>; returns how many.</summary>
    public int ExpireDue(DateTimeOffset now)
    {
        var expired = 0;
        var availableBefore = Mark;
        var nowTicks = now.UtcTicks;
        while (_expiries.TryPeek(out var id, out var ticks) && ticks <= nowTicks)
        {
            _expiries.Dequeue();
            if (IsCurrent(id, ticks) && State.Reservations.Remove(id, out var reservation))
            {
                State.Reserved -= reservation.Quantity;
                UsePool(reservation.Channel, -reservation.Quantity);
                RememberExpired(id);
                (_events ??= []).Add(new ReservationExpired(Key, reservation, now));
                expired++;
            }
        }

        if (expired > 0)
        {
            OnAvailabilityMaybeChanged(availableBefore, now);
        }

        return expired;
    }

    private (InventoryError Error, DateTimeOffset? ExpiresAt) Apply(IInventoryCommand command, DateTimeOffset now) => command switch
    {
        ReserveStock reserve => Reserve(reserve, now),
        ExtendReservation extend => Extend(extend, now),
        ReleaseReservation release => (Release(release), null),
        CommitReservation commit => (Commit(commit), null),
        FulfilAllocation fulfil => (Fulfil(fulfil), null),
        ReleaseAllocation release => (ReleaseAllocation(release), null),
        ReturnStock returned => (Return(returned), null),
        AdjustStock adjust => (Adjust(adjust, now), null),
        SetOnHand count => (Count(count, now), null),
        ExpectInbound expect => (Expect(expect), null),
        ReceiveInbound receive => (Receive(receive), null),
        TransferOut transfer => (Send(transfer), null),
        TransferIn transfer => (Accept(transfer), null),
        SetSafetyStock safety => (SetSafety(safety), null),
        SetPool pool => (SetPool(pool), null),
        _ => throw new ArgumentException($"Unknown inventory command {command.GetType().Name}.", nameof(command)),
    };

    private bool IsCurrent(string id, long expiresAtTicks) =>
        State.Reservations.TryGetValue(id, out var reservation) && reservation.ExpiresAt.UtcTicks == expiresAtTicks;

    private InventoryResult Reject(InventoryError error) => new(error, Availability, null, Replayed: false);

    /// <summary>
    /// What every channel may sell: available-to-sell, and without pools nothing more (no allocation); with pools also
    /// each pool's size and figure, so a change to any of them is announced.
    /// </summary>
    private AvailabilityMark Mark => State.Pools is not { Count: > 0 } pools
        ? new AvailabilityMark(AvailableToSell, null)
        : new AvailabilityMark(AvailableToSell, [.. pools.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { p.Value.Size, AvailableTo(ChannelId.Parse(p.Key)) })]);

    private void OnAvailabilityMaybeChanged(AvailabilityMark before, DateTimeOffset now)
    {
        if (!Mark.SameAs(before))
        {
            State.Sequence++;
            (_events ??= []).Add(new AvailabilityChanged(Key, Availability, now));
        }
    }

    /// <summary>
    /// Remembers an accepted command. Keys older than the idempotency window are dropped in a sweep that runs each time
    /// the table doubles, so remembering stays O(1) amortized with no per-key index.
    /// </summary>
    private void Remember(string key, ulong fingerprint, InventoryResult result, DateTimeOffset now)
    {
        var idempotency = State.Idempotency;
        idempotency[key] = IdempotencyRecord.Of(fingerprint, now, result);
        if (idempotency.Count < _pruneAtCount)
        {
            return;
        }

        var cutoff = (now - InventoryLimits.IdempotencyWindow).UtcTicks;
        foreach (var (oldKey, record) in idempotency)
        {
            if (record.AcceptedAtTicks < cutoff)
            {
                idempotency.Remove(oldKey);
            }
        }

        _pruneAtCount = Math.Max(64, idempotency.Count * 2);
    }

    private void RememberExpired(string id)
    {
        var expired = State.RecentlyExpired ??= [];
        expired.Add(id);
        if (expired.Count > InventoryLimits.RecentlyExpiredCapacity)
        {
            expired.RemoveRange(0, expired.Count - InventoryLimits.RecentlyExpiredCapacity);
        }
    }

    // Most SKU-locations never see an allocation, inbound supply or transfer: those collections exist only once used.
    private Dictionary<string, Allocation> Allocations => State.Allocations ??= [];

    private Dictionary<string, InboundSupply> Inbound => State.Inbound ??= [];

    private Dictionary<string, long> Transfers => State.Transfers ??= [];
}
