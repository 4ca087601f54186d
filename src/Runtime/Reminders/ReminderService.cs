using Grid.Runtime.Hosting;
using Grid.Runtime.Identity;
using Grid.Runtime.Placement;
using Grid.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Reminders;

/// <summary>
/// A silo's durable reminders. Registering writes the reminder table before it returns. The silo keeps in memory only the
/// reminders of its partitions that fall due within <see cref="Horizon"/>; a scan of the table every <see cref="ScanInterval"/>
/// brings in those coming into range, so a million grains with reminders due next hour cost table rows, not heap. Once a
/// second it delivers each due tick as a call to the grain's <see cref="IRemindable.ReceiveReminder"/>, which activates the
/// grain when needed. Ticks missed while no silo ran collapse into one delivery after start; a failed delivery is retried at
/// the next tick, so every due tick arrives at least once.
/// </summary>
internal sealed partial class ReminderService
{
    /// <summary>Longest accepted reminder name.</summary>
    public const int MaxNameLength = 128;

    /// <summary>How often due reminders are looked for, and the shortest period.</summary>
    public static readonly TimeSpan Resolution = TimeSpan.FromSeconds(1);

    /// <summary>Longest due time or period, far enough that no tick time overflows.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromDays(3650);

    /// <summary>How far ahead the in-memory schedule reaches; later ticks stay in the table until a scan brings them in.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromMinutes(5);

    /// <summary>How often the table is scanned for reminders coming within the horizon; shorter than the horizon.</summary>
    public static readonly TimeSpan ScanInterval = TimeSpan.FromMinutes(1);

    /// <summary>How soon a failed scan is retried.</summary>
    private static readonly TimeSpan ScanRetry = TimeSpan.FromSeconds(5);

    private readonly SiloRuntime _runtime;
    private readonly Lock _lock = new();
    private readonly Dictionary<ReminderKey, ScheduledReminder> _schedule = [];
    private readonly PriorityQueue<ScheduledReminder, DateTimeOffset> _due = new();
    private IReminderTable? _table;
    private int[] _owned = [];
    private ITimer? _timer;
    private bool _stopped;
    private int _operations;
    private TaskCompletionSource? _idle;

    public ReminderService(SiloRuntime runtime)
    {
        _runtime = runtime;
    }

    /// <summary>Reminders in this silo's in-memory schedule: those of its partitions due within the horizon.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _schedule.Count;
            }
        }
    }

    /// <summary>Opens the reminder table of the "Default" storage and loads the reminders of this silo's partitions due within the horizon.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var storage = _runtime.Storage;
        if (!storage.Names.Contains(PersistentStateAttribute.DefaultStorage)
            || storage.Get(PersistentStateAttribute.DefaultStorage) is not IReminderTableSource source)
        {
            LogNoReminderTable(_runtime.Logger, _runtime.Self, PersistentStateAttribute.DefaultStorage);
            return;
        }

        var table = source.ReminderTable;
        int[] owned = [.. _runtime.Dispatcher.Partitions.PartitionsOf(_runtime.Self)];
        IReadOnlyList<ReminderEntry> entries;
        var now = _runtime.TimeProvider.GetUtcNow();
        var until = now + Horizon;
        try
        {
            await table.InitializeAsync(cancellationToken).ConfigureAwait(false);
            entries = await table.ReadAllAsync(owned, until, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new StorageUnavailableException($"The reminder table ({table.Kind}) is unavailable: {ex.Message}", ex);
        }

        lock (_lock)
        {
            _table = table;
            _owned = owned;
            _coveredUntil = until;
            _nextScanAt = now + ScanInterval;
            foreach (var entry in entries)
            {
                // A tick that fell due while no silo ran is delivered at once; earlier missed ticks collapse into it.
                ScheduleLocked(entry, entry.LatestTickAtOrBefore(now), replaceSameVersion: false);
            }
        }

        _timer = _runtime.TimeProvider.CreateTimer(static state => ((ReminderService)state!).OnTick(), this, Resolution, Resolution);
        LogStarted(_runtime.Logger, _runtime.Self, entries.Count, owned.Length, table.Kind);
    }

    /// <summary>Stops delivering and waits for the deliveries under way.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task idle;
        lock (_lock)
        {
            _stopped = true;
            idle = WhenIdleLocked();
        }

        _timer?.Dispose();
        try
        {
            await idle.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            LogStopTimedOut(_runtime.Logger, _runtime.Self, Volatile.Read(ref _operations));
        }
    }

    /// <summary>Completes when no delivery is under way, its outcome included (the next tick, or a one-shot's deletion).</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return WhenIdleLocked();
        }
    }

    /// <summary>Writes the reminder to the table, then (re)schedules it: the first tick after <paramref name="dueTime"/>.</summary>
    public Task<IGrainReminder> RegisterOrUpdateAsync(Grain grain, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        var table = TableFor(grain);
        ValidateName(reminderName);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(dueTime, MaxInterval);
        if (period != Timeout.InfiniteTimeSpan && (period < Resolution || period > MaxInterval))
        {
            throw new ArgumentOutOfRangeException(
                nameof(period),
                period,
                $"A reminder period is {Resolution.TotalSeconds:0} second to {MaxInterval.TotalDays:0} days, or Timeout.InfiniteTimeSpan for a one-shot reminder.");
        }

        return RegisterCoreAsync(table, grain.GrainId, reminderName, dueTime, period);
    }

    /// <summary>Deletes the reminder from the table and the schedule; true when it existed.</summary>
    public async Task<bool> UnregisterAsync(Grain grain, string reminderName)
    {
        var table = TableFor(grain);
        ValidateName(reminderName);
        var key = new ReminderKey(grain.GrainId, reminderName);
        var deleted = await table.DeleteAsync(key, expectedVersion: null, CancellationToken.None).ConfigureAwait(false);
        lock (_lock)
        {
            // Its queued copy is now stale and is skipped when it comes up; a scan that read the row before the delete skips it.
            _schedule.Remove(key);
            _changedDuringScan?[key] = null;
        }

        return deleted;
    }

    /// <summary>Reads the reminder from the table; null when the grain has none of that name.</summary>
    public async Task<IGrainReminder?> GetAsync(Grain grain, string reminderName)
    {
        var table = TableFor(grain);
        ValidateName(reminderName);
        var entry = await table.ReadAsync(new ReminderKey(grain.GrainId, reminderName), CancellationToken.None).ConfigureAwait(false);
        return entry is null ? null : GrainReminder.From(entry);
    }

    private static void ValidateName(string reminderName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reminderName);
        if (reminderName.Length > MaxNameLength)
        {
            throw new ArgumentException($"A reminder name is 1 to {MaxNameLength} characters long.", nameof(reminderName));
        }
    }

    private IReminderTable TableFor(Grain grain)
    {
        ArgumentNullException.ThrowIfNull(grain);
        if (grain is not IRemindable)
        {
            throw new InvalidOperationException(
                $"Grain class {grain.GetType().FullName} uses reminders but does not implement {typeof(IRemindable).FullName}, which receives their ticks.");
        }

        return Volatile.Read(ref _table) ?? throw new InvalidOperationException(
            $"Silo {_runtime.Self} keeps no reminders: they live beside grain state, and the grain storage named '{PersistentStateAttribute.DefaultStorage}' is missing or keeps no reminders (memory, SQLite and PostgreSQL storage do).");
    }

    private async Task<IGrainReminder> RegisterCoreAsync(IReminderTable table, GrainId grainId, string reminderName, TimeSpan dueTime, TimeSpan period)
    {
        // Tables keep milliseconds; truncating here makes the schedule agree with what a restarted silo loads.
        var start = DateTimeOffset.FromUnixTimeMilliseconds((_runtime.TimeProvider.GetUtcNow() + dueTime).ToUnixTimeMilliseconds());
        var partition = PartitionHasher.PartitionOf(grainId, _runtime.Options.PartitionCount);
        var entry = new ReminderEntry(new ReminderKey(grainId, reminderName), partition, start, period, Version: 0);
        var version = await table.UpsertAsync(entry, CancellationToken.None).ConfigureAwait(false);
        entry = entry with { Version = version };
        lock (_lock)
        {
            // The grain's activation lives on the silo that owns its partition, so this silo's schedule is the one to update.
            ScheduleLocked(entry, entry.StartAt, replaceSameVersion: true);
            _changedDuringScan?[entry.Key] = entry;
        }

        return GrainReminder.From(entry);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Address} loaded {Count} reminders of its {Partitions} partitions from {Kind}.")]
    private static partial void LogStarted(ILogger logger, SiloAddress address, int count, int partitions, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "Silo {Address} keeps no reminders: its grain storage '{Storage}' is missing or keeps none.")]
    private static partial void LogNoReminderTable(ILogger logger, SiloAddress address, string storage);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Silo {Address} stopped with {Count} reminder deliveries still running.")]
    private static partial void LogStopTimedOut(ILogger logger, SiloAddress address, int count);
}
