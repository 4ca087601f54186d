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
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var channel = ChannelId.Parse("web");

            // Warm up (JIT, pools, the storage's caches) on another SKU, then measure on a fresh one.
            await WarmUp.RunAsync(options, async (round, warmup) =>
            {
                var warmupGrain = grains.GetGrain<IInventoryGrain>(key.Replace("flash-", string.Create(CultureInfo.InvariantCulture, $"warmup{round}-"), StringComparison.Ordinal));
                await StockAsync(warmupGrain, warmup.Stock).ConfigureAwait(false);
                return (buyer, request) => ReserveAsync(warmupGrain, channel, buyer, request, warmup.Quantity);
            }).ConfigureAwait(false);

            var grain = grains.GetGrain<IInventoryGrain>(key);
            await StockAsync(grain, options.Stock).ConfigureAwait(false);
            measurement = await run.RunAsync("grid", (buyer, request) => ReserveAsync(grain, channel, buyer, request, options.Quantity)).ConfigureAwait(false);
            await host.StopAsync().ConfigureAwait(false);
        }

        // Re-read what is durable with a fresh storage instance, as a restarted silo would.
        var (oversold, lost) = await DurableCheck.RunAsync(createStorage, InventoryKey.Parse(key), run.Acknowledged, measurement.AcceptedUnits, options.Stock).ConfigureAwait(false);
        return new SystemResult("grid", measurement, oversold, lost);
    }

    private static async Task StockAsync(IInventoryGrain grain, long stock)
    {
        var stocked = await grain.SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("stock"), stock, "flash sale stock")).ConfigureAwait(false);
        if (!stocked.Accepted)
        {
            throw new InvalidOperationException($"Could not set the stock: {stocked.Error.ToCode()}.");
        }
    }

    private static async ValueTask<BuyerOutcome> ReserveAsync(IInventoryGrain grain, ChannelId channel, int buyer, int request, int quantity)
    {
        var id = BuyerRun.ReservationId(buyer, request);
        var result = await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse(id), ReservationId.Parse(id), quantity, channel, id, Hold)).ConfigureAwait(false);
        return result.Error switch
        {
            InventoryError.None => BuyerOutcome.Accepted,
            InventoryError.InsufficientStock => BuyerOutcome.SoldOut,
            _ => BuyerOutcome.Rejected,
        };
    }
}
