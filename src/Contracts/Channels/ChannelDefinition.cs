namespace Grid.Contracts.Channels;

/// <summary>A sales channel and its policies.</summary>
/// <param name="Name">1 to 200 characters.</param>
/// <param name="Locations">The locations that feed it (1 to 10,000, distinct).</param>
/// <param name="SafetyStock">Units per SKU-location the channel never sells, 0 to 1,000,000.</param>
/// <param name="Reserve">When carts hold stock: <c>at-add-to-cart</c> or <c>at-checkout</c>.</param>
/// <param name="CartHoldSeconds">How long a cart's hold lasts, extended on activity (1 second to 30 days).</param>
/// <param name="CheckoutHoldSeconds">How long the holds of a checkout last (1 second to 30 days).</param>
/// <param name="MaxSplit">Most shipments one ship order may be split into, 1 to 10.</param>
public sealed record ChannelDefinition(
    string Name,
    IReadOnlyList<string> Locations,
    int SafetyStock,
    string Reserve,
    int CartHoldSeconds,
    int CheckoutHoldSeconds,
    int MaxSplit);
