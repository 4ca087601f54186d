using Grid.Grains.Inventory.Commands;

namespace Grid.Grains.Inventory;

/// <summary>One journaled change: an accepted command and when it was applied, or (Command null) an expiry sweep at that time.</summary>
public sealed record InventoryJournalEntry(DateTimeOffset At, IInventoryCommand? Command);
