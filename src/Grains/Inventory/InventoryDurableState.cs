using Grid.Runtime.Storage;

namespace Grid.Grains.Inventory;

/// <summary>
/// Reads what is durable for one SKU at one location straight from storage (snapshot plus journal, replayed through
/// the ledger), as a restarted silo would. Load tests use it to count lost acknowledgements.
/// </summary>
public static class InventoryDurableState
{
    /// <summary>The name the inventory grain's journaled state is stored under.</summary>
    public const string StateName = "inventory";

    /// <summary>The grain type of the inventory grain.</summary>
    public const string GrainType = "inventory";

    /// <summary>Recovers the durable state of <paramref name="key"/>.</summary>
    public static async Task<InventoryState> ReadAsync(IGrainStorage storage, InventoryKey key, CancellationToken cancellationToken = default)
    {
        InventoryLedger? ledger = null;
        var recovered = await JournalReader.RecoverAsync<InventoryState, InventoryJournalEntry>(
            storage,
            new StateKey(GrainType, key.ToString(), StateName),
            (state, entry) => Replay(ledger ??= new InventoryLedger(key, state), entry),
            cancellationToken).ConfigureAwait(false);
        return recovered.State;
    }

    /// <summary>Re-applies one journal entry; a command the journal accepted must be accepted again.</summary>
    internal static void Replay(InventoryLedger ledger, InventoryJournalEntry entry)
    {
        if (entry.Command is null)
        {
            ledger.ExpireDue(entry.At);
        }
        else if (!ledger.Execute(entry.Command, entry.At).Accepted)
        {
            throw new InvalidOperationException($"Replaying the journal of {ledger.Key} rejected a command it had accepted: {entry.Command}.");
        }

        ledger.TakeEvents();
    }
}
