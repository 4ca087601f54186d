namespace Grid.Runtime.Hosting;

/// <summary>Settings of a silo's runtime, bound from the <c>Grid:Silo</c> configuration section.</summary>
public sealed class SiloOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Grid:Silo";

    /// <summary>Default deadline of a grain call.</summary>
    public static readonly TimeSpan DefaultCallTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Default idle time after which an activation is collected.</summary>
    public static readonly TimeSpan DefaultCollectionAge = TimeSpan.FromMinutes(15);

    /// <summary>Default interval of the idle-collection sweep.</summary>
    public static readonly TimeSpan DefaultCollectionQuantum = TimeSpan.FromMinutes(1);

    /// <summary>Default interval of the deadline sweep.</summary>
    public static readonly TimeSpan DefaultDeadlineSweepInterval = TimeSpan.FromSeconds(1);

    /// <summary>Default time a stopping silo waits for running turns and OnDeactivateAsync.</summary>
    public static readonly TimeSpan DefaultShutdownTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Default number of partitions of the grain key space.</summary>
    public const int DefaultPartitionCount = 256;

    /// <summary>The name this silo is known by in the cluster.</summary>
    public string SiloName { get; set; } = "silo";

    /// <summary>How long a caller waits for a grain call before it gets a <see cref="TimeoutException"/>.</summary>
    public TimeSpan CallTimeout { get; set; } = DefaultCallTimeout;

    /// <summary>How long an activation may stay idle before it is deactivated.</summary>
    public TimeSpan CollectionAge { get; set; } = DefaultCollectionAge;

    /// <summary>How often idle activations are looked for.</summary>
    public TimeSpan CollectionQuantum { get; set; } = DefaultCollectionQuantum;

    /// <summary>How often overdue calls are timed out.</summary>
    public TimeSpan DeadlineSweepInterval { get; set; } = DefaultDeadlineSweepInterval;

    /// <summary>How long a stopping silo waits for running turns to finish and grains to deactivate.</summary>
    public TimeSpan ShutdownTimeout { get; set; } = DefaultShutdownTimeout;

    /// <summary>How many partitions the grain key space is split into; every silo of a cluster must agree.</summary>
    public int PartitionCount { get; set; } = DefaultPartitionCount;

    /// <summary>
    /// When true (the default), a call that comes back to a grain waiting on the same call chain (A calls B, B calls A)
    /// is let in; when false it fails at once with <see cref="CallCycleException"/>.
    /// </summary>
    public bool AllowCallChainReentrancy { get; set; } = true;

    /// <summary>Lists what is wrong with the settings; empty when they are valid.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(SiloName) || SiloName.Length > 128)
        {
            errors.Add("SiloName is 1 to 128 characters.");
        }

        if (CallTimeout <= TimeSpan.Zero)
        {
            errors.Add("CallTimeout must be positive.");
        }

        if (CollectionAge <= TimeSpan.Zero)
        {
            errors.Add("CollectionAge must be positive.");
        }

        if (CollectionQuantum <= TimeSpan.Zero)
        {
            errors.Add("CollectionQuantum must be positive.");
        }

        if (DeadlineSweepInterval <= TimeSpan.Zero)
        {
            errors.Add("DeadlineSweepInterval must be positive.");
        }

        if (ShutdownTimeout <= TimeSpan.Zero)
        {
            errors.Add("ShutdownTimeout must be positive.");
        }

        if (PartitionCount is < 1 or > 65536)
        {
            errors.Add("PartitionCount is 1 to 65536.");
        }

        return errors;
    }
}
