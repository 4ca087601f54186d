using Grid.Grains.Inventory.Commands;
using Grid.Grains.Inventory.Events;
using Grid.Runtime;
using Grid.Runtime.Reminders;
using Grid.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace Grid.Grains.Inventory;

/// <summary>
/// One SKU at one location. Its state is journaled: each group-committed batch appends just the accepted commands
/// (with their times), and replaying them through the deterministic ledger rebuilds the state after a snapshot.
/// </summary>
internal sealed partial class InventoryGrain(
    [JournaledState(InventoryDurableState.StateName)] IJournaledState<InventoryState, InventoryJournalEntry> journal,
    IInventoryEventSink events,
    ILoggerFactory loggers) : Grain, IInventoryGrain, IRemindable
{
    private InventoryLedger _ledger = null!;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!InventoryKey.TryParse(GetPrimaryKeyString(), out var key, out var error))
        {
            throw new ArgumentException($"'{GetPrimaryKeyString()}' is not an inventory key: {error}");
        }

        InventoryLedger? replay = null;
        await journal.RecoverAsync((state, entry) =>
        {
            replay ??= new InventoryLedger(key, state);
            InventoryDurableState.Replay(replay, entry);
        });
        _ledger = new InventoryLedger(key, journal.State);
        _reminderDueTicks = journal.State.Reservations.Count > 0 && await GetReminder(ExpiryReminder) is { } reminder ? reminder.FirstTickDue.UtcTicks : 0;
        var now = TimeProvider.GetUtcNow();
        if (_ledger.ExpireDue(now) > 0)
        {
            journal.Append(new InventoryJournalEntry(now, null));
            await PersistAsync();
        }

        await ScheduleExpiryAsync();
    }

    public ValueTask<InventoryResult> ReserveAsync(ReserveStock command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> ExtendAsync(ExtendReservation command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> ReleaseAsync(ReleaseReservation command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> CommitAsync(CommitReservation command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> FulfilAsync(FulfilAllocation command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> ReleaseAllocationAsync(ReleaseAllocation command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> ReturnAsync(ReturnStock command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> AdjustAsync(AdjustStock command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> SetOnHandAsync(SetOnHand command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> ExpectInboundAsync(ExpectInbound command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> ReceiveInboundAsync(ReceiveInbound command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> TransferOutAsync(TransferOut command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> TransferInAsync(TransferIn command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> SetSafetyStockAsync(SetSafetyStock command) => ExecuteAsync(command);

    public ValueTask<InventoryResult> SetPoolAsync(SetPool command) => ExecuteAsync(command);

    public ValueTask<AvailabilitySnapshot> GetAvailabilityAsync() => ValueTask.FromResult(_ledger.Availability);

    public ValueTask<long> GetAvailableToPromiseAsync(DateOnly promisedBy) => ValueTask.FromResult(_ledger.AvailableToPromise(promisedBy));

    public ValueTask<IReadOnlyList<InboundSupply>> GetInboundAsync() =>
        ValueTask.FromResult<IReadOnlyList<InboundSupply>>(
            _ledger.State.Inbound is { Count: > 0 } inbound ? [.. inbound.Select(pair => pair.Value).OrderBy(s => s.ExpectedOn)] : []);

    public ValueTask<IReadOnlyList<Reservation>> GetReservationsAsync() =>
        ValueTask.FromResult<IReadOnlyList<Reservation>>([.. _ledger.State.Reservations.Select(pair => pair.Value).OrderBy(r => r.CreatedAt)]);

    private async ValueTask<InventoryResult> ExecuteAsync(IInventoryCommand command)
    {
        var now = TimeProvider.GetUtcNow();
        var result = _ledger.Execute(command, now);

        // A rejection or a replay changed nothing, so it needs no write: expiries it triggered are deterministic from time
        // and are replayed by the next journaled entry, or written by the expiry timer.
        if (!result.Accepted || result.Replayed)
        {
            return result;
        }

        journal.Append(new InventoryJournalEntry(now, command));
        await PersistAsync();
        var next = _ledger.NextExpiry;
        if ((next?.UtcTicks ?? 0) != _scheduledForTicks || (next is not null && _reminderDueTicks == 0))
        {
            await ScheduleExpiryAsync();
        }

        return result;
    }

    /// <summary>
    /// Makes the staged entries durable, then publishes the events raised up to now: subscribers never see a change that
    /// could be lost. Availability changes are stamped with the time they became durable, which is when a channel can
    /// first rely on them (and what stream propagation is measured from).
    /// </summary>
    private async Task PersistAsync()
    {
        var raised = _ledger.TakeEvents();
        await journal.WriteAsync();
        if (raised.Count > 0)
        {
            events.Publish(_ledger.Key, StampDurable(raised, TimeProvider.GetUtcNow()));
        }
    }

    private static object[] StampDurable(IReadOnlyList<object> raised, DateTimeOffset durable)
    {
        var stamped = new object[raised.Count];
        for (var i = 0; i < stamped.Length; i++)
        {
            stamped[i] = raised[i] is AvailabilityChanged changed ? changed with { At = durable } : raised[i];
        }

        return stamped;
    }
}
