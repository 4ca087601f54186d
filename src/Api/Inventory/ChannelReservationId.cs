using System.Diagnostics.CodeAnalysis;
using Grid.Api.Problems;
using Grid.Grains.Ids;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Inventory;

/// <summary>
/// A channel's reservation ids live in the channel's own space: the grain's id is <c>{channel}:{id}</c>, and a caller's id
/// holds no ':', so one channel can never name another's hold.
/// </summary>
internal static class ChannelReservationId
{
    public static bool TryParse(ChannelId channel, string? text, out ReservationId id, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        id = default;
        problem = null;
        if (string.IsNullOrEmpty(text) || text.Contains(':', StringComparison.Ordinal) || !ReservationId.TryParse($"{channel}:{text}", out id, out var error))
        {
            var room = 64 - channel.Value.Length - 1;
            problem = ApiProblem.BadRequest("invalid_reservation_id", $"A reservation id is 1 to {room} ASCII letters, digits and - _ . (no ':') for channel '{channel}'.");
            return false;
        }

        return true;
    }

    /// <summary>The caller's id of a hold its channel took.</summary>
    public static string Local(ChannelId channel, ReservationId id) => id.Value[(channel.Value.Length + 1)..];
}
