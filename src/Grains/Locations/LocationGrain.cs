using Grid.Grains.Ids;
using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.Locations;

/// <summary>
/// One stock location: its profile and which orders claimed its daily capacity. Every accepted change is durable before
/// it is acknowledged, and is then listed in the location directory. "Today" is the UTC day of the silo's clock.
/// </summary>
internal sealed partial class LocationGrain([PersistentState(LocationState.StateName)] IPersistentState<LocationState> state) : Grain, ILocationGrain
{
    private LocationId _id;

    private LocationState Location => state.State;

    private DateOnly Today => DateOnly.FromDateTime(TimeProvider.GetUtcNow().UtcDateTime);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!LocationId.TryParse(GetPrimaryKeyString(), out _id, out var error))
        {
            throw new ArgumentException($"'{GetPrimaryKeyString()}' is not a location id: {error}");
        }

        // Pruned in memory only: old claims decide nothing, and the next change writes the smaller state.
        var today = Today;
        PruneClaims(today);
        if (Location.Profile is not null)
        {
            OnRecovered(StatusOn(today));
        }

        return Task.CompletedTask;
    }

    public async ValueTask<LocationResult> DefineAsync(LocationProfile profile)
    {
        if (LocationLimits.Check(profile, _id) is { } problem)
        {
            return Rejected(LocationError.InvalidProfile, problem, Today);
        }

        var today = Today;
        if (profile == Location.Profile)
        {
            return await UnchangedAsync(StatusOn(today));
        }

        Location.Profile = profile;
        return await SaveAsync(StatusOn(today), today);
    }

    public async ValueTask<LocationResult> SetOpenAsync(bool open)
    {
        var today = Today;
        if (Location.Profile is not { } profile)
        {
            return Unknown();
        }

        if (profile.Open == open)
        {
            return await UnchangedAsync(StatusOn(today));
        }

        Location.Profile = profile with { Open = open };
        return await SaveAsync(StatusOn(today), today);
    }

    public ValueTask<LocationStatus?> GetStatusAsync() =>
        ValueTask.FromResult(Location.Profile is null ? null : StatusOn(Today));

    public async ValueTask<LocationResult> ClaimCapacityAsync(OrderId order, DateOnly day)
    {
        RequireOrder(order);
        if (Location.Profile is not { } profile)
        {
            return Unknown();
        }

        var today = Today;
        var claims = Location.Claims.GetValueOrDefault(day);
        if (claims is not null && claims.Contains(order))
        {
            return await UnchangedAsync(StatusOn(day));
        }

        if (day < today.AddDays(-1))
        {
            return Rejected(LocationError.CapacityExhausted, $"{day:yyyy-MM-dd} is over: capacity is claimed for yesterday, today or a later day.", day);
        }

        if (!profile.Open)
        {
            return Rejected(LocationError.Closed, $"Location '{_id}' is closed to new orders.", day);
        }

        if ((claims?.Count ?? 0) >= profile.DailyCapacity)
        {
            return Rejected(LocationError.CapacityExhausted, $"Location '{_id}' has taken its {profile.DailyCapacity} orders for {day:yyyy-MM-dd}.", day);
        }

        if (claims is null)
        {
            Location.Claims[day] = claims = [];
        }

        claims.Add(order);
        return await SaveAsync(StatusOn(day), today);
    }

    public async ValueTask<LocationResult> ReleaseCapacityAsync(OrderId order, DateOnly day)
    {
        RequireOrder(order);
        if (Location.Profile is null)
        {
            return Unknown();
        }

        if (!Location.Claims.TryGetValue(day, out var claims) || !claims.Remove(order))
        {
            return await UnchangedAsync(StatusOn(day));
        }

        if (claims.Count == 0)
        {
            Location.Claims.Remove(day);
        }

        return await SaveAsync(StatusOn(day), Today);
    }

    /// <summary>An order id that did not come from <see cref="OrderId.Parse"/> (default, or unchecked text off the wire) is a caller's bug.</summary>
    private static void RequireOrder(OrderId order)
    {
        if (!OrderId.TryParse(order.Value, out _, out var error))
        {
            throw new ArgumentException(error, nameof(order));
        }
    }

    private LocationStatus StatusOn(DateOnly day) =>
        new(Location.Profile!, day, Location.Claims.TryGetValue(day, out var claims) ? claims.Count : 0);

    private LocationResult Unknown() => new(LocationError.UnknownLocation, $"Location '{_id}' was never defined.", null);

    private LocationResult Rejected(LocationError error, string detail, DateOnly day) =>
        new(error, detail, Location.Profile is null ? null : StatusOn(day));

    /// <summary>Drops the claims on days before yesterday: no claim or release can touch them any more.</summary>
    private void PruneClaims(DateOnly today)
    {
        var oldest = today.AddDays(-1);
        foreach (var day in Location.Claims.Keys)
        {
            if (day < oldest)
            {
                Location.Claims.Remove(day);
            }
        }
    }
}
