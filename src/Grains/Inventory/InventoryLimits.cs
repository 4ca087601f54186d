namespace Grid.Grains.Inventory;

/// <summary>Bounds every inventory command is checked against.</summary>
public static class InventoryLimits
{
    /// <summary>Most units one operation may move.</summary>
    public const int MaxQuantity = 1_000_000;

    /// <summary>Highest on-hand level a count may set.</summary>
    public const long MaxLevel = 1_000_000_000_000;

    /// <summary>Longest text of an owner, reason or reference.</summary>
    public const int MaxTextLength = 128;

    /// <summary>Shortest hold.</summary>
    public static readonly TimeSpan MinHold = TimeSpan.FromSeconds(1);

    /// <summary>Longest hold.</summary>
    public static readonly TimeSpan MaxHold = TimeSpan.FromDays(30);

    /// <summary>How long an accepted command's idempotency key is remembered.</summary>
    public static readonly TimeSpan IdempotencyWindow = TimeSpan.FromHours(24);

    /// <summary>How many expired reservation ids are remembered to answer "expired" rather than "unknown".</summary>
    public const int RecentlyExpiredCapacity = 10_000;

    internal static bool IsQuantity(long quantity) => quantity is >= 1 and <= MaxQuantity;

    internal static bool IsText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > MaxTextLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }
}
