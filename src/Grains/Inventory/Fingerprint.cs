using Grid.Grains.Inventory.Commands;

namespace Grid.Grains.Inventory;

/// <summary>
/// A stable 64-bit fingerprint (FNV-1a) of a command's full text, so a replayed key can be told apart from the same key
/// reused for a different request. Records print every member, in invariant culture here.
/// </summary>
internal static class Fingerprint
{
    public static ulong Of(IInventoryCommand command)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in command.ToString()!)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
