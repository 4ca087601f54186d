using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Grid.Api.Problems;

/// <summary>Enum values as the API writes them: kebab-case (<c>DistributionCentre</c> is <c>distribution-centre</c>).</summary>
internal static class WireNames
{
    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static bool TryParse<TEnum>(string? text, out TEnum value, [NotNullWhen(false)] out string? error)
        where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                error = null;
                return true;
            }
        }

        value = default;
        error = $"'{Truncate(text)}' is not one of: {string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)))}.";
        return false;
    }

    /// <summary>A caller's text, shortened for an error message.</summary>
    public static string Truncate(string? text) => text is null ? "null" : text.Length <= 40 ? text : text[..40] + "...";
}
