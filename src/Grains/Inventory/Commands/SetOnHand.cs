using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Inventory.Commands;

/// <summary>Sets on hand to a counted level: a cycle count or an ERP/WMS sync.</summary>
[GenerateSerializer]
public sealed record SetOnHand(IdempotencyKey Key, long OnHand, string Reason) : IInventoryCommand;
