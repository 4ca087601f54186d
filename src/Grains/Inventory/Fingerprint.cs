using Grid.Grains.Inventory.Commands;
using Grid.Runtime.Serialization;

namespace Grid.Grains.Inventory;

/// <summary>
/// A stable 64-bit fingerprint (FNV-1a) of a command's every field, so a replayed key can be told apart from the same
/// key reused for a different request. It hashes the command as the journal encodes it (kind byte and generated codec,
/// a durable and therefore stable format) in a pooled buffer: no string per accepted command.
/// </summary>
internal static class Fingerprint
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(IInventoryCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        using var writer = new WireWriter();
        InventoryJournalEntryCodec.WriteCommand(writer, command);
        var hash = Offset;
        foreach (var b in writer.WrittenSpan)
        {
            hash = (hash ^ b) * Prime;
        }

        return hash;
    }

    /// <summary>
    /// Whether <paramref name="remembered"/> is this command's fingerprint, or the one releases before the encoded form
    /// remembered: a hash of the record's printed text, still held by snapshots taken within the idempotency window.
    /// </summary>
    public static bool Matches(ulong remembered, IInventoryCommand command) =>
        remembered == Of(command) || remembered == OfText(command);

    private static ulong OfText(IInventoryCommand command)
    {
        var hash = Offset;
        foreach (var c in command.ToString()!)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }
}
