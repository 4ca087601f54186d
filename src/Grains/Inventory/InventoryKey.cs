using System.Diagnostics.CodeAnalysis;
using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>The key of an inventory grain: one SKU at one location, written <c>sku@location</c>.</summary>
[GenerateSerializer]
[Immutable]
public readonly record struct InventoryKey(SkuId Sku, LocationId Location)
{
    /// <summary>Separates the SKU from the location in the grain key.</summary>
    public const char Separator = '@';

    /// <summary>Parses <c>sku@location</c>; throws <see cref="FormatException"/> with the reason.</summary>
    public static InventoryKey Parse(string text) =>
        TryParse(text, out var key, out var error) ? key : throw new FormatException(error);

    /// <summary>Parses <c>sku@location</c>, or says why the text is not an inventory key.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out InventoryKey key, [NotNullWhen(false)] out string? error)
    {
        key = default;
        var at = text?.IndexOf(Separator, StringComparison.Ordinal) ?? -1;
        if (text is null || at < 0 || at != text.LastIndexOf(Separator))
        {
            error = "An inventory key is written sku@location with exactly one '@'.";
            return false;
        }

        if (!SkuId.TryParse(text[..at], out var sku, out error) || !LocationId.TryParse(text[(at + 1)..], out var location, out error))
        {
            return false;
        }

        key = new InventoryKey(sku, location);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Sku}{Separator}{Location}";
}
