using Grid.Grains.Inventory;
using Grid.Runtime.Storage;

namespace Grid.LoadGenerator.Scenarios;

/// <summary>
/// Re-reads what is durable for the sale's SKU-location with a fresh storage instance, as a restarted silo would, and
/// counts acknowledged reservations it lacks and units it holds beyond the stock.
/// </summary>
internal static class DurableCheck
{
    public static async Task<(long OversoldUnits, long LostAcks)> RunAsync(
        Func<IGrainStorage> createStorage, InventoryKey key, IEnumerable<string> acknowledgedReservations, long acceptedUnits, long stock)
    {
        var storage = createStorage();
        await storage.InitializeAsync(CancellationToken.None).ConfigureAwait(false);
        var state = await InventoryDurableState.ReadAsync(storage, key).ConfigureAwait(false);
        if (storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }

        var lost = acknowledgedReservations.LongCount(id => !state.Reservations.ContainsKey(id));
        var oversold = Math.Max(Math.Max(0, acceptedUnits - stock), state.Reserved + state.Allocated - state.OnHand);
        return (oversold, lost);
    }
}
