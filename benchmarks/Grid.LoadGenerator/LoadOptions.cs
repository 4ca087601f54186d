using System.Globalization;

namespace Grid.LoadGenerator;

/// <summary>The command line of a scenario run, parsed and checked.</summary>
internal sealed record LoadOptions(
    string Scenario,
    long Stock,
    int Buyers,
    int RequestsPerBuyer,
    int Quantity,
    string Storage,
    string? ConnectionString,
    string ReportPath,
    bool SkipBaseline,
    string Via,
    int Subscribers,
    TimeSpan WarmupTime)
{
    public const string ViaGrain = "grain";
    public const string ViaHttp = "http";
    public const int DefaultHttpSubscribers = 1_000;
    public const int DefaultWarmupSeconds = 30;

    public const string Usage = """
        usage: Grid.LoadGenerator flash-sale [options]
          --stock N               units on hand at the start            (default 100000)
          --buyers N              concurrent in-process buyers          (default 256)
          --requests-per-buyer N  reservations each buyer attempts      (default 1000)
          --quantity N            units per reservation                 (default 1)
          --storage sqlite|postgres                                     (default postgres)
          --connection-string S   PostgreSQL to use; without it a throwaway local server is started
          --via grain|http        buyers call the inventory grain in-process, or the HTTP API on Kestrel
                                  (127.0.0.1, channel key, Idempotency-Key per request)   (default grain)
          --subscribers N         with --via http: SSE connections to /v1/availability/stream open through
                                  the sale, for propagation and memory per subscriber (default 1000; 0 for none)
          --warmup-seconds N      warm-up sales on other SKUs, repeated until N seconds have passed (at least
                                  one), so the tiered JIT has optimised the hot paths first: on two cores that
                                  takes tens of seconds                                       (default 30)
          --report PATH           JSON report; a readable .md is written beside it
                                  (default flash-sale-<storage>.json, flash-sale-http-<storage>.json with --via http)
          --skip-baseline         skip the row-lock database baseline (with --via http the minimal Kestrel
                                  baseline still runs: it is what the HTTP figures are measured against)
          --help                  this text

        example: flash-sale --via http --storage sqlite --stock 20000 --buyers 256 --requests-per-buyer 200 \
                   --subscribers 1000 --skip-baseline --report /tmp/fs-http.json
        """;

    public long Requests => (long)Buyers * RequestsPerBuyer;

    public bool ViaHttpApi => Via == ViaHttp;

    /// <summary>True when the arguments ask for the usage text.</summary>
    public static bool IsHelp(string[] args) => args.Any(a => a is "--help" or "-h" or "help");

    /// <summary>One round of warm-up on another SKU before the measured sale: a tenth of the requests, half of them able to succeed.</summary>
    public LoadOptions Warmup()
    {
        var requestsPerBuyer = Math.Max(1, RequestsPerBuyer / 10);
        return this with { RequestsPerBuyer = requestsPerBuyer, Stock = Math.Max(1, (long)Buyers * requestsPerBuyer * Quantity / 2) };
    }

    public static LoadOptions Parse(string[] args)
    {
        if (args.Length == 0 || args[0] != "flash-sale")
        {
            throw new ArgumentException("The only scenario is flash-sale.");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }

            if (args[i] == "--skip-baseline")
            {
                flags.Add(args[i]);
            }
            else if (i + 1 < args.Length)
            {
                values[args[i]] = args[++i];
            }
            else
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }
        }

        var storage = values.GetValueOrDefault("--storage", "postgres");
        if (storage is not ("sqlite" or "postgres"))
        {
            throw new ArgumentException("--storage is sqlite or postgres.");
        }

        var via = values.GetValueOrDefault("--via", ViaGrain);
        if (via is not (ViaGrain or ViaHttp))
        {
            throw new ArgumentException("--via is grain or http.");
        }

        if (via == ViaGrain && values.ContainsKey("--subscribers"))
        {
            throw new ArgumentException("--subscribers needs --via http.");
        }

        var options = new LoadOptions(
            "flash-sale",
            Number(values, "--stock", 100_000, 1, 1_000_000_000),
            (int)Number(values, "--buyers", 256, 1, 10_000),
            (int)Number(values, "--requests-per-buyer", 1_000, 1, 10_000_000),
            (int)Number(values, "--quantity", 1, 1, 1_000_000),
            storage,
            values.GetValueOrDefault("--connection-string"),
            values.GetValueOrDefault("--report", via == ViaHttp ? $"flash-sale-http-{storage}.json" : $"flash-sale-{storage}.json"),
            flags.Contains("--skip-baseline"),
            via,
            via == ViaHttp ? (int)Number(values, "--subscribers", DefaultHttpSubscribers, 0, 10_000) : 0,
            TimeSpan.FromSeconds(Number(values, "--warmup-seconds", DefaultWarmupSeconds, 0, 600)));
        foreach (var key in values.Keys.Except(["--stock", "--buyers", "--requests-per-buyer", "--quantity", "--storage", "--connection-string", "--report", "--via", "--subscribers", "--warmup-seconds"]))
        {
            throw new ArgumentException($"Unknown option {key}.");
        }

        return options;
    }

    private static long Number(Dictionary<string, string> values, string name, long fallback, long min, long max)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return fallback;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
            ? value
            : throw new ArgumentException($"{name} is a whole number from {min} to {max}.");
    }
}
