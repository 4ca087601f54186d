using System.Diagnostics;
using System.Globalization;

namespace Grid.LoadGenerator.Scenarios;

/// <summary>
/// Warms a system up before its measured run: rounds of <see cref="LoadOptions.Warmup"/> (each on its own SKU or key
/// prefix, set up by <c>prepare</c>) until <see cref="LoadOptions.WarmupTime"/> has passed, at least one. The tiered JIT
/// optimises a method (with dynamic PGO) only after it has run a while, so a single short round measures part of the
/// sale in unoptimised code, and the system with more code on its path loses more.
/// </summary>
internal static class WarmUp
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public delegate Task<Func<int, int, ValueTask<BuyerOutcome>>> Round(int round, LoadOptions warmup);

    public static async Task RunAsync(LoadOptions options, Round prepare)
    {
        var warmup = options.Warmup();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round == 0 || clock.Elapsed < options.WarmupTime; round++)
        {
            var attempt = await prepare(round, warmup).ConfigureAwait(false);
            await new BuyerRun(warmup).RunAsync(string.Create(CultureInfo.InvariantCulture, $"warm-up {round + 1}"), attempt).ConfigureAwait(false);
        }

        // The warm-up's grains go quiet now and snapshot their state a second later (a serialization and a write of a
        // few MB each): let that happen before the measured run rather than in the middle of it.
        await Task.Delay(Settle).ConfigureAwait(false);
    }
}
