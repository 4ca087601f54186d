using System.Globalization;
using Grid.Grains;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Runtime;
using Grid.Runtime.Hosting;
using Grid.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Grid.LoadGenerator.Scenarios;

/// <summary>The flash sale on Grid: one silo in this process, buyers calling one hot inventory grain.</summary>
internal static class GridFlashSale
{
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(30);

    public static async Task<SystemResult> RunAsync(LoadOptions options, Func<IGrainStorage> createStorage)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"flash-{DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}@store-1");
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration["Grid:Storage:Provider"] = "Memory";
        builder.Services.AddGridSilo();
        builder.Services.AddGridGrains();
        builder.Services.AddGrainStorage(PersistentStateAttribute.DefaultStorage, _ => createStorage());
        var run = new BuyerRun(options);
        RunMeasurement measurement;
        using (var host = builder.Build())
        {
            await host.StartAsync().ConfigureAwait(false);
            var grain = host.Services.GetRequiredService<IGrainFactory>().GetGrain<IInventoryGrain>(key);
            var stocked = await grain.SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("stock"), options.Stock, "flash sale stock")).ConfigureAwait(false);
            if (!stocked.Accepted)
            {
                throw new InvalidOperationException($"Could not set the stock: {stocked.Error.ToCode()}.");
            }

            var channel = ChannelId.Parse("web");
            measurement = await run.RunAsync("grid", async (buyer, request) =>
            {
                var id = BuyerRun.ReservationId(buyer, request);
                var result = await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse(id), ReservationId.Parse(id), options.Quantity, channel, id, Hold)).ConfigureAwait(false);
                return result.Error switch
                {
                    InventoryError.None => BuyerOutcome.Accepted,
                    InventoryError.InsufficientStock => BuyerOutcome.SoldOut,
                    _ => BuyerOutcome.Rejected,
                };
            }).ConfigureAwait(false);
            await host.StopAsync().ConfigureAwait(false);
        }

        // Re-read what is durable with a fresh storage instance, as a restarted silo would.
        var storage = createStorage();
        await storage.InitializeAsync(CancellationToken.None).ConfigureAwait(false);
        var state = await InventoryDurableState.ReadAsync(storage, InventoryKey.Parse(key)).ConfigureAwait(false);
        if (storage is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync().ConfigureAwait(false);
        }

        var lost = run.Acknowledged.LongCount(id => !state.Reservations.ContainsKey(id));
        var oversold = Math.Max(Math.Max(0, measurement.AcceptedUnits - options.Stock), state.Reserved + state.Allocated - state.OnHand);
        return new SystemResult("grid", measurement, oversold, lost);
    }
}
