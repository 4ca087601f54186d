using System.Diagnostics.CodeAnalysis;
using Grid.Api.Channels;
using Grid.Api.Locations;
using Grid.Api.Problems;
using Grid.Contracts.Locations;
using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Orders;

/// <summary>
/// How an order reaches its customer: shipped to a position, or picked up at a store that feeds the caller's channel (a
/// store that does not is a 404 <c>unknown_location</c>, as for stock).
/// </summary>
internal sealed record OrderDelivery(DeliveryMethod Method, GeoPoint? ShipTo, LocationId? PickupStore)
{
    public static bool TryParse(
        string? delivery,
        GeoPosition? shipTo,
        string? pickupStore,
        CallerChannel channel,
        [NotNullWhen(true)] out OrderDelivery? parsed,
        [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        parsed = null;
        if (!WireNames.TryParse<DeliveryMethod>(delivery, out var method, out var error))
        {
            problem = ApiProblem.BadRequest("invalid_order", $"delivery: {error}");
            return false;
        }

        if (method == DeliveryMethod.Ship && (shipTo is null || pickupStore is not null))
        {
            problem = ApiProblem.BadRequest("invalid_order", "A ship order has a shipTo position and no pickupStore.");
            return false;
        }

        if (method == DeliveryMethod.Pickup && (pickupStore is null || shipTo is not null))
        {
            problem = ApiProblem.BadRequest("invalid_order", "A pick-up order names its pickupStore and no shipTo position.");
            return false;
        }

        if (!GeoPositions.TryParse(shipTo, "shipTo", out var point, out problem))
        {
            return false;
        }

        LocationId? store = null;
        if (pickupStore is not null)
        {
            if (!OrderRequests.TryParseLocation(pickupStore, "pickupStore", out var location, out problem))
            {
                return false;
            }

            if (!channel.Reaches(location))
            {
                problem = channel.NotReached(location);
                return false;
            }

            store = location;
        }

        parsed = new OrderDelivery(method, point, store);
        return true;
    }
}
