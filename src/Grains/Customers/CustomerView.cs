using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>
/// The single view of a customer across channels, answered in one call: what a store associate, the app or support sees.
/// </summary>
/// <param name="Profile">Who the customer is; null for a guest who never registered.</param>
/// <param name="Carts">The latest 100 carts, most recently updated first.</param>
/// <param name="Orders">Every order, most recently placed first.</param>
/// <param name="Returns">Every return, newest first.</param>
/// <param name="Touchpoints">The latest 200 touchpoints, newest first.</param>
[GenerateSerializer]
public sealed record CustomerView(
    CustomerProfile? Profile,
    IReadOnlyList<CartSummary> Carts,
    IReadOnlyList<OrderSummary> Orders,
    IReadOnlyList<ReturnSummary> Returns,
    IReadOnlyList<Touchpoint> Touchpoints);
