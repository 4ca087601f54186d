using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;

namespace Grid.Api.Access;

/// <summary>
/// The text of an API key: <c>grid_{id}_{secret}</c>, a 16-character id (lowercase letters and digits) and a 43-character
/// secret (32 random bytes, base64url). Only the secret's SHA-256 is stored.
/// </summary>
internal static class ApiKeyText
{
    public const string Prefix = "grid_";
    public const int IdLength = 16;
    public const int SecretLength = 43;
    public const int Length = 5 + IdLength + 1 + SecretLength;

    private const string IdAlphabet = "abcdefghijklmnopqrstuvwxyz0123456789";

    /// <summary>A new key: its id, its full text (shown once) and the hash of its secret.</summary>
    public static (string Id, string Text, byte[] SecretHash) Create()
    {
        var id = RandomNumberGenerator.GetString(IdAlphabet, IdLength);
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        return (id, $"{Prefix}{id}_{secret}", Hash(secret));
    }

    /// <summary>Splits a key into its id and secret, or says it is not a key; nothing is looked up.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out string? id, out byte[] secretHash)
    {
        id = null;
        secretHash = [];
        if (text.Length != Length || !text.StartsWith(Prefix, StringComparison.Ordinal) || text[Prefix.Length + IdLength] != '_')
        {
            return false;
        }

        var idPart = text.Slice(Prefix.Length, IdLength);
        var secretPart = text[(Prefix.Length + IdLength + 1)..];
        foreach (var c in idPart)
        {
            if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        foreach (var c in secretPart)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_'))
            {
                return false;
            }
        }

        id = idPart.ToString();
        secretHash = Hash(secretPart);
        return true;
    }

    /// <summary>True when the id has the shape of a key id.</summary>
    public static bool IsId(string? text) =>
        text is { Length: IdLength } && text.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c));

    private static byte[] Hash(ReadOnlySpan<char> secret)
    {
        Span<byte> bytes = stackalloc byte[SecretLength];
        var count = Encoding.ASCII.GetBytes(secret, bytes);
        return SHA256.HashData(bytes[..count]);
    }

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
