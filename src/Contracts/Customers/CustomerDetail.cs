namespace Grid.Contracts.Customers;

/// <summary>The single view of a customer across every channel: what a store associate, the app or support sees.</summary>
/// <param name="Id">The customer.</param>
/// <param name="Profile">Who the customer is; null for a guest who never registered.</param>
/// <param name="Carts">The latest 100 carts on any channel, most recently updated first.</param>
/// <param name="Orders">Every order on any channel, most recently placed first.</param>
/// <param name="Returns">Every return, newest first.</param>
/// <param name="Touchpoints">The latest 200 touchpoints, newest first.</param>
public sealed record CustomerDetail(
    string Id,
    CustomerProfileView? Profile,
    IReadOnlyList<CartSummaryView> Carts,
    IReadOnlyList<OrderSummaryView> Orders,
    IReadOnlyList<ReturnSummaryView> Returns,
    IReadOnlyList<TouchpointView> Touchpoints);
