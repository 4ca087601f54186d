namespace Grid.Runtime.Reminders;

/// <summary>
/// Durable table of reminders, one row per grain and reminder name. A completed write is durable. Every upsert advances
/// the row's version, and a delete can be made conditional on the version its caller saw.
/// </summary>
internal interface IReminderTable
{
    /// <summary>A short name for logs, for example <c>sqlite</c>.</summary>
    string Kind { get; }

    /// <summary>Creates the table if it does not exist.</summary>
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Inserts or replaces a reminder (its <see cref="ReminderEntry.Version"/> is ignored); returns the stored version.</summary>
    Task<long> UpsertAsync(ReminderEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a reminder if its stored version is <paramref name="expectedVersion"/>, or whatever its version when that is null;
    /// true when a row was deleted.
    /// </summary>
    Task<bool> DeleteAsync(ReminderKey key, long? expectedVersion, CancellationToken cancellationToken);

    /// <summary>Reads one reminder; null when there is none.</summary>
    Task<ReminderEntry?> ReadAsync(ReminderKey key, CancellationToken cancellationToken);

    /// <summary>
    /// Reads the reminders of the given partitions (every partition when <paramref name="partitions"/> is null) whose first tick
    /// is due at or before <paramref name="startsBy"/> (whenever, when it is null).
    /// </summary>
    Task<IReadOnlyList<ReminderEntry>> ReadAllAsync(IReadOnlyCollection<int>? partitions, DateTimeOffset? startsBy, CancellationToken cancellationToken);
}
