using System.Diagnostics.CodeAnalysis;
using Grid.Api.Problems;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Inventory;

/// <summary>Parses the <c>{sku}/{location}</c> of an inventory route into an inventory key, or the 400 that says why not.</summary>
internal static class StockRoute
{
    public static bool TryParse(string? sku, string? location, out InventoryKey key, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        key = default;
        problem = null;
        if (!SkuId.TryParse(sku, out var skuId, out var error))
        {
            problem = ApiProblem.BadRequest("invalid_sku", error);
            return false;
        }

        if (!LocationId.TryParse(location, out var locationId, out error))
        {
            problem = ApiProblem.BadRequest("invalid_location", error);
            return false;
        }

        key = new InventoryKey(skuId, locationId);
        return true;
    }
}
