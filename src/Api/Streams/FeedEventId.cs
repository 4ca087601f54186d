using System.Globalization;

namespace Grid.Api.Streams;

/// <summary>A stream event id, <c>{epoch}-{sequence}</c>: the feed instance and a position in its sequence.</summary>
internal readonly record struct FeedEventId(string Epoch, long Sequence)
{
    private const int MaxLength = 64;

    /// <summary>Parses an id a client sent back; false for anything malformed.</summary>
    public static bool TryParse(string? text, out FeedEventId id)
    {
        id = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            return false;
        }

        var dash = text.LastIndexOf('-');
        if (dash < 1 || !long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            return false;
        }

        id = new FeedEventId(text[..dash], sequence);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Format(Epoch, Sequence);

    /// <summary>Writes an id without creating the struct first.</summary>
    public static string Format(string epoch, long sequence) => string.Create(CultureInfo.InvariantCulture, $"{epoch}-{sequence}");
}
