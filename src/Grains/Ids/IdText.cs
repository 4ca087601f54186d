using System.Diagnostics.CodeAnalysis;

namespace Grid.Grains.Ids;

/// <summary>The rule every Grid id follows: 1 to 64 characters of ASCII letters, digits and <c>- _ . :</c>.</summary>
internal static class IdText
{
    public const int MaxLength = 64;

    public static bool IsValid(string? text, string kind, [NotNullWhen(false)] out string? error)
    {
        if (string.IsNullOrEmpty(text))
        {
            error = $"A {kind} is required.";
            return false;
        }

        if (text.Length > MaxLength)
        {
            error = $"A {kind} is at most {MaxLength} characters long.";
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                error = $"A {kind} holds only ASCII letters, digits and - _ . : (found '{(char.IsControl(c) ? '?' : c)}').";
                return false;
            }
        }

        error = null;
        return true;
    }
}
