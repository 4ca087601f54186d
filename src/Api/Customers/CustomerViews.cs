using System.Diagnostics.CodeAnalysis;
using Grid.Api.Locations;
using Grid.Api.Problems;
using Grid.Contracts.Customers;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Customers;

/// <summary>Customers to and from the API's shapes.</summary>
internal static class CustomerViews
{
    public static CustomerProfileView Of(CustomerProfile profile) => new(
        profile.Id.Value,
        profile.Name,
        profile.Email,
        [.. profile.Addresses.Select(a => new CustomerAddressView(a.Label, a.Line, GeoPositions.Of(a.Position)))],
        profile.PreferredStore?.Value);

    public static CustomerDetail Of(CustomerId id, CustomerView view) => new(
        id.Value,
        view.Profile is { } profile ? Of(profile) : null,
        [.. view.Carts.Select(c => new CartSummaryView(c.Cart.Value, c.Channel.Value, c.Lines, c.Units, WireNames.Of(c.State), c.UpdatedAt))],
        [.. view.Orders.Select(o => new OrderSummaryView(o.Order.Value, o.Channel.Value, WireNames.Of(o.Status), o.Lines, o.Units, o.PlacedAt, o.UpdatedAt))],
        [.. view.Returns.Select(r => new ReturnSummaryView(r.Order.Value, r.Sku.Value, r.Quantity, r.Location.Value, r.Restocked, r.At))],
        [.. view.Touchpoints.Select(Of)]);

    public static TouchpointView Of(Touchpoint touchpoint) =>
        new(touchpoint.Channel.Value, WireNames.Of(touchpoint.Kind), touchpoint.Reference, touchpoint.At);

    /// <summary>
    /// The request as a profile for the grain, or the 400 for what the grain cannot be handed (ids, positions, a list too
    /// long); the grain checks the rest (name, email, labels) and answers <c>invalid_customer</c>.
    /// </summary>
    public static bool TryParse(CustomerId id, CustomerProfileRequest request, [NotNullWhen(true)] out CustomerProfile? profile, [NotNullWhen(false)] out ProblemHttpResult? problem)
    {
        profile = null;
        var addresses = request.Addresses ?? [];
        if (addresses.Count > CustomerLimits.MaxAddresses)
        {
            problem = ApiProblem.BadRequest("invalid_customer", $"addresses: a profile has at most {CustomerLimits.MaxAddresses} addresses.");
            return false;
        }

        var parsed = new List<CustomerAddress>(addresses.Count);
        for (var i = 0; i < addresses.Count; i++)
        {
            if (addresses[i] is not { Position: { } position } address)
            {
                problem = ApiProblem.BadRequest("invalid_customer", $"addresses[{i}]: an address has a label, a line and a position.");
                return false;
            }

            if (!GeoPositions.TryParse(position, $"addresses[{i}].position", out var point, out problem))
            {
                return false;
            }

            parsed.Add(new CustomerAddress(address.Label ?? string.Empty, address.Line ?? string.Empty, point!.Value));
        }

        LocationId? store = null;
        if (request.PreferredStore is not null)
        {
            if (!LocationId.TryParse(request.PreferredStore, out var location, out var error))
            {
                problem = ApiProblem.BadRequest("invalid_location", $"preferredStore: {error}");
                return false;
            }

            store = location;
        }

        profile = new CustomerProfile(id, request.Name ?? string.Empty, request.Email ?? string.Empty, parsed, store);
        problem = null;
        return true;
    }
}
