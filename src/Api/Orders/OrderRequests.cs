using System.Diagnostics.CodeAnalysis;
using Grid.Api.Problems;
using Grid.Contracts.Orders;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Orders;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Orders;

/// <summary>Parses the parts of order requests, each into its grain type or the 400 that says which field is wrong.</summary>
internal static class OrderRequests
{
    /// <summary>Most lines an order has (the order grain's rule).</summary>
    public const int MaxLines = 100;

    public static bool TryParseOrderId(string? text, out OrderId order, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = OrderId.TryParse(text, out order, out var error) ? null : ApiProblem.BadRequest("invalid_order_id", error);
        return problem is null;
    }

    /// <summary>An optional customer id; null stays null.</summary>
    public static bool TryParseCustomer(string? text, out CustomerId? customer, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        customer = null;
        problem = null;
        if (text is null)
        {
            return true;
        }

        if (!CustomerId.TryParse(text, out var parsed, out var error))
        {
            problem = ApiProblem.BadRequest("invalid_customer_id", error);
            return false;
        }

        customer = parsed;
        return true;
    }

    public static bool TryParseSku(string? text, string field, out SkuId sku, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = SkuId.TryParse(text, out sku, out var error) ? null : ApiProblem.BadRequest("invalid_sku", $"{field}: {error}");
        return problem is null;
    }

    public static bool TryParseLocation(string? text, string field, out LocationId location, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = LocationId.TryParse(text, out location, out var error) ? null : ApiProblem.BadRequest("invalid_location", $"{field}: {error}");
        return problem is null;
    }

    /// <summary>A unit count of 1 to 1,000,000, or a 400 <c>invalid_quantity</c>.</summary>
    public static bool TryParseQuantity(int quantity, string field, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        problem = IsQuantity(quantity)
            ? null
            : ApiProblem.BadRequest("invalid_quantity", $"{field} is 1 to {InventoryLimits.MaxQuantity:N0}.");
        return problem is null;
    }

    public static bool IsQuantity(int quantity) => quantity is >= 1 and <= InventoryLimits.MaxQuantity;

    /// <summary>1 to <see cref="MaxLines"/> lines, one per SKU, 1 to 1,000,000 units each.</summary>
    public static bool TryParseLines(IReadOnlyList<LineItem>? lines, [NotNullWhen(true)] out IReadOnlyList<OrderLine>? parsed, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        parsed = null;
        if (lines is null || lines.Count is 0 or > MaxLines)
        {
            problem = ApiProblem.BadRequest("invalid_order", $"lines: an order has 1 to {MaxLines} lines.");
            return false;
        }

        var result = new List<OrderLine>(lines.Count);
        var skus = new HashSet<SkuId>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] is not { } line)
            {
                problem = ApiProblem.BadRequest("invalid_order", $"lines[{i}]: a line is required.");
                return false;
            }

            if (!TryParseSku(line.Sku, $"lines[{i}].sku", out var sku, out problem))
            {
                return false;
            }

            if (!IsQuantity(line.Quantity))
            {
                problem = ApiProblem.BadRequest("invalid_order", $"lines[{i}].quantity is 1 to {InventoryLimits.MaxQuantity:N0}.");
                return false;
            }

            if (!skus.Add(sku))
            {
                problem = ApiProblem.BadRequest("invalid_order", $"lines[{i}]: SKU '{sku}' is on two lines; an order has one line per SKU.");
                return false;
            }

            result.Add(new OrderLine(sku, line.Quantity));
        }

        parsed = result;
        problem = null;
        return true;
    }
}
