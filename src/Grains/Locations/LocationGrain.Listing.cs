namespace Grid.Grains.Locations;

/// <summary>
/// Durability and the directory. Writes are group-committed, so while one caller awaits its write the next call runs and
/// changes the state again: each change therefore gets a number, the directory is told only statuses already durable,
/// one update at a time and in order, and a caller returns once the directory holds its change or a later one.
/// </summary>
internal sealed partial class LocationGrain
{
    private long _changes;
    private long _durable;
    private long _listed;
    private LocationStatus? _durableStatus;
    private Task? _lastWrite;
    private Task? _listing;

    /// <summary>Stored state was loaded: whether the directory heard of it is unknown, so the next accepted call lists it again.</summary>
    private void OnRecovered(LocationStatus today)
    {
        _changes = _durable = 1;
        _durableStatus = today;
    }

    /// <summary>Writes the change just applied, lists today's status in the directory, then acknowledges.</summary>
    private async Task<LocationResult> SaveAsync(LocationStatus reported, DateOnly today)
    {
        PruneClaims(today);
        var change = ++_changes;
        var write = WriteAsync(change, StatusOn(today));
        _lastWrite = write;
        await write;
        await ListAsync(change);
        return new LocationResult(LocationError.None, null, reported);
    }

    /// <summary>
    /// Acknowledges a call that changes nothing (a repeated claim, say) only once what it saw is durable and listed: the
    /// change it repeats may still be on its way to disk.
    /// </summary>
    private async Task<LocationResult> UnchangedAsync(LocationStatus reported)
    {
        var seen = _changes;
        if (_lastWrite is { } write)
        {
            await write;
        }

        await ListAsync(seen);
        return new LocationResult(LocationError.None, null, reported);
    }

    private async Task WriteAsync(long change, LocationStatus listed)
    {
        await state.WriteStateAsync();
        if (change > _durable)
        {
            _durable = change;
            _durableStatus = listed;
        }
    }

    /// <summary>Completes once the directory holds change <paramref name="change"/> (already durable) or a later one.</summary>
    private async Task ListAsync(long change)
    {
        while (_listed < change)
        {
            var listing = _listing;
            if (listing is null || listing.IsCompleted)
            {
                _listing = listing = ListDurableAsync();
            }

            await listing;
        }
    }

    private async Task ListDurableAsync()
    {
        var change = _durable;
        await GrainFactory.GetGrain<ILocationDirectoryGrain>(ILocationDirectoryGrain.Key).UpdateAsync(_durableStatus!);
        _listed = Math.Max(_listed, change);
    }
}
