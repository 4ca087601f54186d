using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Runtime;

namespace Grid.Grains.Carts.Commands;

/// <summary>Adds units of a SKU to the cart, from the channel the customer is on now.</summary>
/// <param name="Key">Idempotency key.</param>
/// <param name="Channel">The channel the customer uses now; a cart follows its customer across channels.</param>
/// <param name="Sku">The SKU.</param>
/// <param name="Quantity">Units to add, 1 to 1,000,000.</param>
/// <param name="Customer">The customer, when known (attaches the cart to the single view).</param>
/// <param name="Near">Where the customer is or ships to: holds taken at add are sourced near it.</param>
/// <param name="PickupStore">The store the customer will collect from: holds taken at add are taken there.</param>
[GenerateSerializer]
public sealed record AddCartLine(IdempotencyKey Key, ChannelId Channel, SkuId Sku, int Quantity, CustomerId? Customer, GeoPoint? Near, LocationId? PickupStore);
