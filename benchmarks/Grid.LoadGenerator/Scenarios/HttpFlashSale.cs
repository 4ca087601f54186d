using System.Globalization;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.LoadGenerator.Http;
using Grid.LoadGenerator.Streams;
using Grid.Runtime.Storage;

namespace Grid.LoadGenerator.Scenarios;

/// <summary>
/// The flash sale through the HTTP API: the silo and the API on Kestrel in this process, set up through the API as an
/// operator would, buyers reserving with a channel key and an Idempotency-Key each, availability subscribers on SSE
/// held open through it; then durable storage re-read as a restarted silo would.
/// </summary>
internal static class HttpFlashSale
{
    public const string System = "grid http";

    /// <summary>The sale key's rate limit: the most the API allows, so the sale measures Grid, not the limiter.</summary>
    private const int RequestsPerSecond = 1_000_000;

    public static async Task<HttpSaleResult> RunAsync(LoadOptions options, Func<IGrainStorage> createStorage, string dataDirectory)
    {
        var stamp = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var sku = $"flash-{stamp}";
        var key = InventoryKey.Parse($"{sku}@{GridApiSetup.Location}");
        var run = new BuyerRun(options);
        RunMeasurement measurement;
        SubscriberResult? subscribers = null;
        string? note = null;
        string? unexpected;
        var host = await GridApiHost.StartAsync(createStorage, dataDirectory).ConfigureAwait(false);
        await using (host.ConfigureAwait(false))
        {
            Console.WriteLine($"grid http: silo and API on {host.Address}");
            using var admin = HttpBuyers.CreateClient(host.Address, 4, host.AdminKey);
            var channelKey = await GridApiSetup.DefineChannelAsync(admin, RequestsPerSecond).ConfigureAwait(false);
            using var buyers = new HttpBuyers(host.Address, options.Buyers, channelKey);

            await GridApiSetup.SetStockAsync(admin, sku, options.Stock).ConfigureAwait(false);
            SubscriberFleet? fleet = null;
            if (options.Subscribers > 0)
            {
                (fleet, note) = await SubscriberFleet.OpenAsync(host.EndPoint, channelKey, sku, GridApiSetup.Location, options.Subscribers).ConfigureAwait(false);
                if (note is not null)
                {
                    Console.WriteLine($"subscribers: {note}");
                }
            }

            using (fleet)
            {
                // Warm up (JIT, pools, connections, the storage's caches, and with subscribers the stream's fan-out) on other
                // SKUs, then measure on the sale's, which subscribers have held since before the warm-up.
                await WarmUp.RunAsync(options, async (round, warmup) =>
                {
                    var warmupSku = string.Create(CultureInfo.InvariantCulture, $"warmup-{stamp}-{round}");
                    await GridApiSetup.SetStockAsync(admin, warmupSku, warmup.Stock).ConfigureAwait(false);
                    var warmupPath = ReservationRequests.Path(warmupSku, GridApiSetup.Location);
                    var prefix = string.Create(CultureInfo.InvariantCulture, $"w{round}");
                    return (buyer, request) =>
                        buyers.PostAsync(buyer, warmupPath, ReservationRequests.Body(buyer, request, warmup.Quantity), ReservationRequests.IdempotencyKey(prefix, buyer, request));
                }).ConfigureAwait(false);

                var path = ReservationRequests.Path(sku, GridApiSetup.Location);
                BuyerRun.CollectGarbage();
                fleet?.StartMeasuring();
                measurement = await run.RunAsync(System, (buyer, request) =>
                    buyers.PostAsync(buyer, path, ReservationRequests.Body(buyer, request, options.Quantity), ReservationRequests.IdempotencyKey("s", buyer, request)), fleet is null ? null : fleet.Progress).ConfigureAwait(false);
                if (fleet is not null)
                {
                    // What the grain says the channel may sell now (its pool, if it had one; it has no safety stock).
                    var final = await host.Grains.GetGrain<IInventoryGrain>(key.ToString()).GetAvailabilityAsync().ConfigureAwait(false);
                    subscribers = await fleet.SettleAsync(final.AvailableTo(ChannelId.Parse(GridApiSetup.Channel))).ConfigureAwait(false);
                }
            }

            unexpected = buyers.Unexpected.IsEmpty ? null : buyers.Unexpected.ToString();
            if (unexpected is not null)
            {
                Console.WriteLine($"{System}: unexpected answers: {unexpected}");
            }
        }

        // The API keeps a channel's holds in the channel's own id space: the grain knows b1-2 of channel web as web:b1-2.
        var acknowledged = run.Acknowledged.Select(id => $"{GridApiSetup.Channel}:{id}");
        var (oversold, lost) = await DurableCheck.RunAsync(createStorage, key, acknowledged, measurement.AcceptedUnits, options.Stock).ConfigureAwait(false);
        return new HttpSaleResult(new SystemResult(System, measurement, oversold, lost), subscribers, note, unexpected);
    }
}
