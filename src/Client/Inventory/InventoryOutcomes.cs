using Grid.Client.Http;
using Grid.Contracts.Inventory;

namespace Grid.Client.Inventory;

/// <summary>An inventory change's outcome, marked replayed when either the API or the grid replayed it.</summary>
internal static class InventoryOutcomes
{
    public static async Task<InventoryOutcome> Of(Task<GridReply<InventoryOutcome>> reply)
    {
        var (outcome, replayed) = await reply.ConfigureAwait(false);
        return replayed && !outcome.Replayed ? outcome with { Replayed = true } : outcome;
    }
}
