using Grid.Runtime.Activation;
using Grid.Runtime.Cluster;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Messaging;
using Grid.Runtime.Placement;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Hosting;

/// <summary>A process's grain host: its catalog of activations, its message center and its housekeeping timers.</summary>
public sealed partial class Silo : IAsyncDisposable
{
    private readonly SiloRuntime _runtime;
    private readonly MessageCenter _messages;
    private readonly InMemoryNetwork _network;
    private readonly ILogger _logger;
    private ActivationCollector? _collector;
    private DeadlineSweeper? _sweeper;
    private int _state;

    internal Silo(
        SiloAddress address,
        SiloOptions options,
        IClusterMembership membership,
        InMemoryNetwork network,
        IServiceProvider services,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid silo options: " + string.Join(" ", errors), nameof(options));
        }

        _logger = loggerFactory.CreateLogger("Grid.Runtime.Silo");
        _network = network;
        _runtime = new SiloRuntime(address, options, timeProvider, services, _logger);
        _messages = new MessageCenter(
            address,
            _runtime,
            new PartitionMap(options.PartitionCount, membership.ActiveSilos),
            timeProvider,
            options.CallTimeout,
            options.DeadlineSweepInterval,
            _logger);
        _runtime.Dispatcher = _messages;
        _runtime.GrainFactory = new GrainFactory(_messages, options.PartitionCount);
    }

    /// <summary>This silo's address.</summary>
    public SiloAddress Address => _runtime.Self;

    /// <summary>Gets grain references that route from this silo.</summary>
    public IGrainFactory GrainFactory => _runtime.GrainFactory;

    /// <summary>The services this silo's grains are constructed from.</summary>
    public IServiceProvider Services => _runtime.Services;

    /// <summary>Live activations on this silo.</summary>
    public int ActivationCount => _runtime.Catalog.Count;

    /// <summary>Reminders in this silo's in-memory schedule: those of its partitions due within the reminder horizon.</summary>
    public int ScheduledReminderCount => _runtime.Reminders.Count;

    /// <summary>The partitions this silo owns.</summary>
    public IEnumerable<int> OwnedPartitions => _messages.Partitions.PartitionsOf(Address);

    internal SiloRuntime Runtime => _runtime;

    internal MessageCenter Messages => _messages;

    /// <summary>True when this silo hosts the activation of the grain, if it is active.</summary>
    public bool IsActiveHere(GrainId grainId) => _runtime.Catalog.TryGet(grainId, out _);

    /// <summary>Runs one idle-collection pass now; the silo's timer does this every collection quantum.</summary>
    public int CollectIdleActivations() => _collector?.Collect() ?? 0;

    /// <summary>Starts serving calls.</summary>
    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
        {
            throw new InvalidOperationException("A silo starts once.");
        }

        GeneratedCodeLoader.LoadAll();
        await _runtime.Storage.InitializeAllAsync(cancellationToken).ConfigureAwait(false);
        await _runtime.Reminders.StartAsync(cancellationToken).ConfigureAwait(false);
        _messages.Attach(_network.Connect(Address, _messages));
        _collector = new ActivationCollector(_runtime);
        _sweeper = new DeadlineSweeper(_messages, _runtime.Catalog, _runtime.TimeProvider, _runtime.Options.DeadlineSweepInterval);
        LogStarted(_logger, Address, _messages.Partitions.PartitionCount);
    }

    /// <summary>Deactivates every activation (running OnDeactivateAsync) and disconnects.</summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 1) != 1)
        {
            return;
        }

        _collector?.Dispose();
        await _runtime.Reminders.StopAsync(cancellationToken).ConfigureAwait(false);
        _messages.IsStopping = true;
        var whenEmpty = _runtime.Catalog.WhenEmptyAsync();
        foreach (var activation in _runtime.Catalog.Activations)
        {
            activation.RequestDeactivation(DeactivationReason.ShuttingDown);
        }

        try
        {
            await whenEmpty.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogStopTimedOut(_logger, Address, _runtime.Catalog.Count);
        }

        _sweeper?.Dispose();
        _network.Disconnect(Address);
        LogStopped(_logger, Address);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(_runtime.Options.ShutdownTimeout);
        await StopAsync(timeout.Token).ConfigureAwait(false);
        await _runtime.Storage.DisposeAsync().ConfigureAwait(false);
        _runtime.Metrics.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Address} started; the key space has {Partitions} partitions.")]
    private static partial void LogStarted(ILogger logger, SiloAddress address, int partitions);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Address} stopped with {Remaining} activations still deactivating.")]
    private static partial void LogStopTimedOut(ILogger logger, SiloAddress address, int remaining);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Address} stopped.")]
    private static partial void LogStopped(ILogger logger, SiloAddress address);
}
