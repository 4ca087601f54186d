using System.Diagnostics.CodeAnalysis;

namespace Grid.Api.Probes;

/// <summary>A probe's key: 1 to 64 characters of letters, digits and <c>-_.@</c>.</summary>
public readonly record struct ProbeKey
{
    /// <summary>Longest accepted key.</summary>
    public const int MaxLength = 64;

    private ProbeKey(string value)
    {
        Value = value;
    }

    /// <summary>The key.</summary>
    public string Value { get; }

    /// <summary>Parses a key, or says why it is not one.</summary>
    public static bool TryParse(string? text, out ProbeKey key, [NotNullWhen(false)] out string? error)
    {
        key = default;
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength)
        {
            error = $"A probe key is 1 to {MaxLength} characters long.";
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or '@'))
            {
                error = "A probe key holds only ASCII letters, digits and - _ . @";
                return false;
            }
        }

        key = new ProbeKey(text);
        error = null;
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
