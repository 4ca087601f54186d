using Grid.Grains.Ids;

namespace Grid.Grains.Inventory.Commands;

/// <summary>A mutation of one SKU at one location. Every one carries the caller's idempotency key.</summary>
public interface IInventoryCommand
{
    /// <summary>The caller's key: a replay returns the first outcome and changes nothing.</summary>
    IdempotencyKey Key { get; }
}
