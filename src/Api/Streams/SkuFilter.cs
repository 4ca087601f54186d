using System.Diagnostics.CodeAnalysis;
using Grid.Grains.Ids;

namespace Grid.Api.Streams;

/// <summary>The optional <c>?sku=a,b,c</c> of a stream: which SKUs a subscriber wants.</summary>
internal static class SkuFilter
{
    /// <summary>Most SKUs one stream may ask for.</summary>
    public const int MaxSkus = 100;

    /// <summary>Parses the list; null (every SKU) when there is none.</summary>
    public static bool TryParse(string? text, out IReadOnlySet<SkuId>? skus, [NotNullWhen(false)] out string? error)
    {
        skus = null;
        error = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > MaxSkus)
        {
            error = $"A stream asks for at most {MaxSkus} SKUs.";
            return false;
        }

        var set = new HashSet<SkuId>(parts.Length);
        foreach (var part in parts)
        {
            if (!SkuId.TryParse(part, out var sku, out error))
            {
                return false;
            }

            set.Add(sku);
        }

        skus = set;
        return true;
    }
}
