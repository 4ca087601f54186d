using System.Text.Json;

namespace Grid.Grains;

/// <summary>
/// A stable 64-bit fingerprint (FNV-1a) of a request's full content, lists included, so a replayed idempotency key can
/// be told apart from the same key reused for a different request.
/// </summary>
internal static class ContentFingerprint
{
    public static ulong Of<T>(T value)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in JsonSerializer.SerializeToUtf8Bytes(value))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>A short, id-safe token for text of any length: "o" and 16 hex digits.</summary>
    public static string Token(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return "o" + hash.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
    }
}
