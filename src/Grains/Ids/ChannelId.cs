using System.Diagnostics.CodeAnalysis;
using Grid.Runtime;

namespace Grid.Grains.Ids;

/// <summary>A sales channel: web shop, app, store tills, a marketplace. Parsed, never constructed from unchecked text.</summary>
[GenerateSerializer]
[Immutable]
public readonly record struct ChannelId : IParsable<ChannelId>
{
    private const string Kind = "channel id";

    internal ChannelId(string value)
    {
        Value = value;
    }

    /// <summary>The id's text.</summary>
    public string Value { get; }

    /// <summary>Parses an id; throws <see cref="FormatException"/> with the reason when the text is not one.</summary>
    public static ChannelId Parse(string s, IFormatProvider? provider = null) =>
        TryParse(s, out var id, out var error) ? id : throw new FormatException(error);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ChannelId result) =>
        TryParse(s, out result, out _);

    /// <summary>Parses an id, or says why the text is not one.</summary>
    public static bool TryParse([NotNullWhen(true)] string? s, out ChannelId result, [NotNullWhen(false)] out string? error)
    {
        if (IdText.IsValid(s, Kind, out error))
        {
            result = new ChannelId(s!);
            return true;
        }

        result = default;
        return false;
    }

    /// <inheritdoc />
    public override string ToString() => Value ?? string.Empty;
}
