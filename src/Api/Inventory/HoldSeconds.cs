using System.Diagnostics.CodeAnalysis;
using Grid.Api.Problems;
using Grid.Grains.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Inventory;

/// <summary>A hold given in whole seconds, 1 second to 30 days.</summary>
internal static class HoldSeconds
{
    public static bool TryParse(int seconds, out TimeSpan hold, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        hold = TimeSpan.FromSeconds(seconds);
        if (hold >= InventoryLimits.MinHold && hold <= InventoryLimits.MaxHold)
        {
            problem = null;
            return true;
        }

        problem = ApiProblem.BadRequest("invalid_hold", $"holdSeconds is 1 to {(long)InventoryLimits.MaxHold.TotalSeconds:N0} (30 days).");
        return false;
    }
}
