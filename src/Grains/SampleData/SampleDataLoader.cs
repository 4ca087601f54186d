using System.Globalization;
using Grid.Grains.Channels;
using Grid.Grains.Customers;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Locations;
using Grid.Runtime;

namespace Grid.Grains.SampleData;

/// <summary>
/// Loads a <see cref="SampleDataSet"/> into a running grid through the grains: locations, channels, customers, then
/// stock (on hand, safety stock) and inbound supply, with a bounded number of calls in flight. Inventory commands carry
/// idempotency keys fixed per seed and SKU-location, so loading the same set again changes no stock. Profiles are
/// defined again (create or replace) with the same content.
/// </summary>
public sealed class SampleDataLoader
{
    /// <summary>Calls in flight when none is given.</summary>
    public const int DefaultMaxConcurrency = 64;

    private const string Reason = "sample data";
    private const int ProgressEvery = 2_000;

    /// <summary>Creates a loader that keeps at most <paramref name="maxConcurrency"/> grain calls in flight.</summary>
    public SampleDataLoader(int maxConcurrency = DefaultMaxConcurrency)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxConcurrency, 1);
        MaxConcurrency = maxConcurrency;
    }

    /// <summary>Most grain calls in flight.</summary>
    public int MaxConcurrency { get; }

    /// <summary>
    /// Loads the set; inbound supply is due relative to <paramref name="today"/>. Progress is reported from several
    /// threads. Throws <see cref="SampleDataRejectedException"/> when a grain rejects anything.
    /// </summary>
    public async Task<SampleDataLoadResult> LoadAsync(IGrainFactory grains, SampleDataSet data, DateOnly today, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(data);

        progress?.Report(Text($"Defining {data.Locations.Count} locations."));
        await ForEachAsync(data.Locations, async location =>
        {
            var result = await grains.GetGrain<ILocationGrain>(location.Id.Value).DefineAsync(location).ConfigureAwait(false);
            Require(result.Accepted, $"location {location.Id}", result.Error.ToString(), result.Detail);
        }, cancellationToken).ConfigureAwait(false);

        progress?.Report(Text($"Defining {data.Channels.Count} channels."));
        await ForEachAsync(data.Channels, async channel =>
        {
            var result = await grains.GetGrain<IChannelGrain>(channel.Id.Value).DefineAsync(channel).ConfigureAwait(false);
            Require(result.Accepted, $"channel {channel.Id}", result.Error.ToString(), result.Detail);
        }, cancellationToken).ConfigureAwait(false);

        progress?.Report(Text($"Registering {data.Customers.Count} customers."));
        await ForEachAsync(data.Customers, async customer =>
        {
            var result = await grains.GetGrain<ICustomerGrain>(customer.Id.Value).RegisterAsync(customer).ConfigureAwait(false);
            Require(result.Accepted, $"customer {customer.Id}", result.Error.ToCode(), result.Detail);
        }, cancellationToken).ConfigureAwait(false);

        var unchanged = 0;
        var safetyStocks = 0;
        var levelsDone = 0;
        progress?.Report(Text($"Setting stock at {data.Stock.Count} SKU-locations."));
        await ForEachAsync(data.Stock, async level =>
        {
            var grain = grains.GetGrain<IInventoryGrain>(level.Key.ToString());
            var counted = await grain.SetOnHandAsync(new SetOnHand(SampleIdempotencyKeys.OnHand(data.Seed, level.Key), level.OnHand, Reason)).ConfigureAwait(false);
            CountUnchanged(counted, $"on hand at {level.Key}", ref unchanged);
            if (level.SafetyStock > 0)
            {
                var safety = await grain.SetSafetyStockAsync(new SetSafetyStock(SampleIdempotencyKeys.SafetyStock(data.Seed, level.Key), level.SafetyStock)).ConfigureAwait(false);
                CountUnchanged(safety, $"safety stock at {level.Key}", ref unchanged);
                Interlocked.Increment(ref safetyStocks);
            }

            var done = Interlocked.Increment(ref levelsDone);
            if (done % ProgressEvery == 0)
            {
                progress?.Report(Text($"Stock set at {done} of {data.Stock.Count} SKU-locations."));
            }
        }, cancellationToken).ConfigureAwait(false);

        progress?.Report(Text($"Expecting {data.Inbound.Count} inbound supplies."));
        await ForEachAsync(data.Inbound, async supply =>
        {
            var command = new ExpectInbound(SampleIdempotencyKeys.Inbound(data.Seed, supply, today), supply.Supply, supply.Quantity, supply.ExpectedOn(today));
            var result = await grains.GetGrain<IInventoryGrain>(supply.Key.ToString()).ExpectInboundAsync(command).ConfigureAwait(false);

            // Supply ids are unique: one already expected at this SKU-location was loaded before, maybe on another day.
            if (result.Error == InventoryError.DuplicateReference)
            {
                Interlocked.Increment(ref unchanged);
                return;
            }

            CountUnchanged(result, $"inbound supply {supply.Supply} at {supply.Key}", ref unchanged);
        }, cancellationToken).ConfigureAwait(false);

        var loaded = new SampleDataLoadResult(
            data.Seed,
            data.Locations.Count,
            data.Channels.Count,
            data.Customers.Count,
            data.Skus.Count,
            data.Stock.Count,
            safetyStocks,
            data.Inbound.Count,
            unchanged);
        progress?.Report(Text($"Sample data set {data.Seed} loaded; {unchanged} inventory commands were already applied."));
        return loaded;
    }

    private Task ForEachAsync<T>(IEnumerable<T> items, Func<T, Task> load, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            items,
            new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = cancellationToken },
            async (item, _) => await load(item).ConfigureAwait(false));

    private static void CountUnchanged(InventoryResult result, string what, ref int unchanged)
    {
        Require(result.Accepted, what, result.Error.ToCode(), detail: null);
        if (result.Replayed)
        {
            Interlocked.Increment(ref unchanged);
        }
    }

    private static void Require(bool accepted, string what, string error, string? detail)
    {
        if (!accepted)
        {
            throw new SampleDataRejectedException(Text($"The sample data's {what} was rejected: {error}{(detail is null ? "." : $" ({detail})")}"));
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
