using System.Collections.Immutable;
using Grid.Grains.Ids;
using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.Locations;

/// <summary>
/// Every location's latest status, in one activation. Sourcing reads it many times per second, so the answer is an
/// immutable list kept between calls and rebuilt only when a status changed or the day turned. Updates are journaled:
/// each appends one status rather than rewriting the whole directory.
/// </summary>
internal sealed class LocationDirectoryGrain(
    [JournaledState(LocationDirectoryState.StateName)] IJournaledState<LocationDirectoryState, LocationStatus> journal) : Grain, ILocationDirectoryGrain
{
    private static readonly Comparer<LocationStatus> ById =
        Comparer<LocationStatus>.Create(static (a, b) => string.CompareOrdinal(a.Profile.Id.Value, b.Profile.Id.Value));

    private readonly List<LocationStatus> _ordered = [];
    private IReadOnlyList<LocationStatus>? _answer;
    private DateOnly _answerDay;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (GetPrimaryKeyString() != ILocationDirectoryGrain.Key)
        {
            throw new ArgumentException($"The location directory has the one key '{ILocationDirectoryGrain.Key}', not '{GetPrimaryKeyString()}'.");
        }

        await journal.RecoverAsync(LocationDirectoryState.Apply);
        _ordered.AddRange(journal.State.Locations.Values);
        _ordered.Sort(ById);
    }

    public async ValueTask UpdateAsync(LocationStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        if (status.Profile is null || !LocationId.TryParse(status.Profile.Id.Value, out _, out _))
        {
            throw new ArgumentException("A location status needs a profile with a valid location id.", nameof(status));
        }

        if (!journal.State.Locations.TryGetValue(status.Profile.Id, out var current) || current != status)
        {
            LocationDirectoryState.Apply(journal.State, status);
            journal.Append(status);
            Place(status);
            _answer = null;
        }

        // Also when unchanged: the same status may still be on its way to disk (nothing staged means no write).
        await journal.WriteAsync();
    }

    public ValueTask<IReadOnlyList<LocationStatus>> GetAllAsync()
    {
        var today = DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);
        if (_answer is null || _answerDay != today)
        {
            _answer = Answer(today); // boxed once here, not on every call
            _answerDay = today;
        }

        return ValueTask.FromResult(_answer);
    }

    private void Place(LocationStatus status)
    {
        var index = _ordered.BinarySearch(status, ById);
        if (index >= 0)
        {
            _ordered[index] = status;
        }
        else
        {
            _ordered.Insert(~index, status);
        }
    }

    /// <summary>The statuses for today: capacity resets daily, so a status from an earlier day reports no orders taken yet.</summary>
    private ImmutableArray<LocationStatus> Answer(DateOnly today)
    {
        var answer = ImmutableArray.CreateBuilder<LocationStatus>(_ordered.Count);
        foreach (var status in _ordered)
        {
            answer.Add(status.Day < today ? status with { Day = today, OrdersTaken = 0 } : status);
        }

        return answer.MoveToImmutable();
    }
}
