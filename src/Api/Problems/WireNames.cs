using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Grid.Api.Problems;

/// <summary>Enum values as the API writes them: kebab-case (<c>DistributionCentre</c> is <c>distribution-centre</c>).</summary>
internal static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value, [NotNullWhen(false)] out string? error)
        where TEnum : struct, Enum
    {
        if (text is not null && Names<TEnum>.ByName.TryGetValue(text, out value))
        {
            error = null;
            return true;
        }

        value = default;
        error = $"'{Truncate(text)}' is not one of: {string.Join(", ", Names<TEnum>.ByValue.Values)}.";
        return false;
    }

    /// <summary>A caller's text, shortened for an error message.</summary>
    public static string Truncate(string? text) => text is null ? "null" : text.Length <= 40 ? text : text[..40] + "...";

    /// <summary>Each enum's names, worked out once.</summary>
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue =
            Enum.GetValues<TEnum>().ToDictionary(v => v, v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()));

        public static readonly Dictionary<string, TEnum> ByName = ByValue.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
