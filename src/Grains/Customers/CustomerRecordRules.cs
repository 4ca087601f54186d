namespace Grid.Grains.Customers;

/// <summary>
/// The rules of what other grains record for a customer. A broken rule is a bug in the caller, not a customer's mistake,
/// so it throws <see cref="ArgumentException"/> rather than returning a result.
/// </summary>
internal static class CustomerRecordRules
{
    public static void Validate(Touchpoint touchpoint)
    {
        ArgumentNullException.ThrowIfNull(touchpoint);
        RequireId(touchpoint.Channel.Value, "channel");
        RequireDefined(touchpoint.Kind);
        if (!CustomerLimits.IsText(touchpoint.Reference, CustomerLimits.MaxReferenceLength))
        {
            throw new ArgumentException($"A touchpoint reference is 1 to {CustomerLimits.MaxReferenceLength} printable characters.", nameof(touchpoint));
        }
    }

    public static void Validate(CartSummary cart)
    {
        ArgumentNullException.ThrowIfNull(cart);
        RequireId(cart.Cart.Value, "cart");
        RequireId(cart.Channel.Value, "channel");
        RequireDefined(cart.State);
        RequireCounts(cart.Lines, cart.Units);
    }

    public static void Validate(OrderSummary order)
    {
        ArgumentNullException.ThrowIfNull(order);
        RequireId(order.Order.Value, "order");
        RequireId(order.Channel.Value, "channel");
        RequireDefined(order.Status);
        RequireCounts(order.Lines, order.Units);
        if (order.UpdatedAt < order.PlacedAt)
        {
            throw new ArgumentException($"Order {order.Order} was updated ({order.UpdatedAt:O}) before it was placed ({order.PlacedAt:O}).", nameof(order));
        }
    }

    public static void Validate(ReturnSummary entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        RequireId(entry.Order.Value, "order");
        RequireId(entry.Sku.Value, "SKU");
        RequireId(entry.Location.Value, "location");
        if (entry.Quantity is < 1 or > CustomerLimits.MaxReturnQuantity)
        {
            throw new ArgumentException($"A return is 1 to {CustomerLimits.MaxReturnQuantity:N0} units, not {entry.Quantity}.", nameof(entry));
        }
    }

    // A default id struct holds no text: it was never parsed.
    private static void RequireId(string? value, string kind)
    {
        if (value is null)
        {
            throw new ArgumentException($"A {kind} id is required.");
        }
    }

    private static void RequireDefined<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentException($"{value} is not a {typeof(TEnum).Name}.");
        }
    }

    private static void RequireCounts(int lines, int units)
    {
        if (lines < 0 || units < 0)
        {
            throw new ArgumentException($"Lines and units are 0 or more, not {lines} and {units}.");
        }
    }
}
