using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Sourcing;

/// <summary>A hold taken for an order or a cart: units of one SKU reserved at one location under a reservation id.</summary>
[GenerateSerializer]
public sealed record SourcedHold(SkuId Sku, LocationId Location, int Quantity, ReservationId Reservation);
