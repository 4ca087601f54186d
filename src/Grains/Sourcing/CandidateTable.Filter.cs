using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Locations;

namespace Grid.Grains.Sourcing;

internal sealed partial class CandidateTable
{
    private const int LinearExclusionLimit = 8;

    [ThreadStatic]
    private static Dictionary<string, bool>? _channelMembers;

    /// <summary>
    /// Applies the candidate filters in their order (channel, open, capability, capacity, exclusion) to every location.
    /// Throws <see cref="ArgumentException"/> when a status is missing or a channel location is listed twice.
    /// </summary>
    public static CandidateTable Filter(SourcingRequest request, ChannelProfile channel, IReadOnlyList<LocationStatus> locations)
    {
        var lines = new SourcingLine[request.Lines.Count];
        for (var j = 0; j < lines.Length; j++)
        {
            lines[j] = request.Lines[j];
        }

        var table = new CandidateTable(locations, lines);
        try
        {
            table.ApplyFilters(request, channel, locations);
            table._chosen = RentCleared<bool>(Math.Max(1, table.CandidateCount));
            return table;
        }
        catch
        {
            table.Dispose();
            throw;
        }
    }

    private void ApplyFilters(SourcingRequest request, ChannelProfile channel, IReadOnlyList<LocationStatus> locations)
    {
        // Ordinal string keys take the dictionary's fast non-randomised hashing; the flag catches a location listed twice.
        // One dictionary per thread, cleared on each use: nothing else runs between filling and reading it.
        var members = _channelMembers ??= [];
        members.Clear();
        foreach (var member in channel.Locations)
        {
            if (member.Value is not null)
            {
                members.TryAdd(member.Value, false);
            }
        }

        var excluded = request.Excluded.Count > LinearExclusionLimit ? ExclusionSet(request) : null;
        var needed = request.Method == DeliveryMethod.Pickup ? LocationCapabilities.Pickup : LocationCapabilities.ShipFrom;
        var pickupStore = request.Method == DeliveryMethod.Pickup ? request.PickupStore!.Value.Value : null;
        var count = 0;
        for (var i = 0; i < locations.Count; i++)
        {
            var profile = locations[i]?.Profile ?? throw new ArgumentException($"Location status {i} is missing or has no profile.", nameof(locations));
            var id = profile.Id.Value ?? throw new ArgumentException($"Location status {i} has no location id.", nameof(locations));
            if (pickupStore is not null && PickupStoreIndex < 0 && string.Equals(id, pickupStore, StringComparison.Ordinal))
            {
                PickupStoreIndex = i;
            }

            ref var listed = ref CollectionsMarshal.GetValueRefOrNullRef(members, id);
            RejectionReason? reason;
            if (Unsafe.IsNullRef(ref listed))
            {
                reason = RejectionReason.NotInChannel;
            }
            else
            {
                if (listed)
                {
                    throw new ArgumentException($"Location {id} is listed twice.", nameof(locations));
                }

                listed = true;
                reason = Screen(locations[i], profile, needed, request, excluded);
            }

            if (reason is { } rejected)
            {
                _slots[i] = ~(int)rejected;
            }
            else
            {
                _slots[i] = count;
                _candidateStatus[count] = locations[i];
                _candidates[count++] = i;
            }
        }

        CandidateCount = count;
    }

    private static RejectionReason? Screen(LocationStatus status, LocationProfile profile, LocationCapabilities needed, SourcingRequest request, HashSet<string>? excluded)
    {
        if (!profile.Open)
        {
            return RejectionReason.Closed;
        }

        if ((profile.Capabilities & needed) != needed)
        {
            return RejectionReason.MissingCapability;
        }

        if (RemainingCapacity(status, request.Today) <= 0)
        {
            return RejectionReason.NoCapacity;
        }

        return IsExcluded(profile.Id.Value, request.Excluded, excluded) ? RejectionReason.Excluded : null;
    }

    /// <summary>
    /// Capacity left on the request's day. A status recorded on an earlier day has taken nothing of today's capacity yet.
    /// </summary>
    public static int RemainingCapacity(LocationStatus status, DateOnly today) =>
        status.Day < today ? Math.Max(0, status.Profile.DailyCapacity) : status.RemainingCapacity;

    private static bool IsExcluded(string id, IReadOnlyList<LocationId> list, HashSet<string>? set)
    {
        if (set is not null)
        {
            return set.Contains(id);
        }

        for (var e = 0; e < list.Count; e++)
        {
            if (string.Equals(list[e].Value, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<string> ExclusionSet(SourcingRequest request)
    {
        var set = new HashSet<string>(request.Excluded.Count);
        foreach (var location in request.Excluded)
        {
            if (location.Value is not null)
            {
                set.Add(location.Value);
            }
        }

        return set;
    }
}
