using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>
/// One customer, keyed by its <see cref="Ids.CustomerId"/>: the single view across channels (profile, carts, orders, returns
/// and touchpoints). Accepted changes are acknowledged only once durable. History may be recorded before the customer
/// registers: a guest who registers later keeps it.
/// </summary>
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Creates or replaces the profile; its id must be the grain's key. Rejected with
    /// <see cref="CustomerError.InvalidProfile"/> (changing nothing) when a rule of <see cref="CustomerProfile"/> is broken.
    /// </summary>
    ValueTask<CustomerResult> RegisterAsync(CustomerProfile profile);

    /// <summary>
    /// Adds a touchpoint; only the latest <see cref="CustomerLimits.MaxTouchpoints"/> are kept, and a repeat of one already
    /// kept changes nothing. Throws <see cref="ArgumentException"/> when the touchpoint breaks a rule.
    /// </summary>
    ValueTask RecordTouchpointAsync(Touchpoint touchpoint);

    /// <summary>
    /// Adds or replaces a cart's summary (by cart id); a summary older than the kept one is ignored, and only the
    /// <see cref="CustomerLimits.MaxCarts"/> most recently updated carts are kept. Throws <see cref="ArgumentException"/>
    /// when the summary breaks a rule.
    /// </summary>
    ValueTask RecordCartAsync(CartSummary cart);

    /// <summary>
    /// Adds or replaces an order's summary (by order id); a summary older than the kept one is ignored. Every order is kept.
    /// Throws <see cref="ArgumentException"/> when the summary breaks a rule.
    /// </summary>
    ValueTask RecordOrderAsync(OrderSummary order);

    /// <summary>
    /// Adds a return; a repeat of one already kept changes nothing. Throws <see cref="ArgumentException"/> when the entry
    /// breaks a rule.
    /// </summary>
    ValueTask RecordReturnAsync(ReturnSummary entry);

    /// <summary>The single view: profile, carts, orders, returns and touchpoints, newest first.</summary>
    ValueTask<CustomerView> GetViewAsync();
}
