using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using Grid.Runtime;

namespace Grid.Grains.Carts.Commands;

/// <summary>Turns the cart into an order: the cart's holds (and holds taken now for lines without one) become allocations.</summary>
[GenerateSerializer]
public sealed record CheckoutCart(IdempotencyKey Key, OrderId Order, DeliveryMethod Method, GeoPoint? ShipTo, LocationId? PickupStore);
