namespace Grid.Grains.Customers;

/// <summary>
/// Keeps a customer's history lists newest first, within their caps. Summaries arrive from other grains, possibly out of
/// order or more than once: each method says whether the list changed, so an unchanged one costs no write.
/// </summary>
internal static class CustomerHistory
{
    /// <summary>Adds a touchpoint unless an equal one is kept or it is older than every one of a full list.</summary>
    public static bool AddTouchpoint(List<Touchpoint> touchpoints, Touchpoint touchpoint)
    {
        if (touchpoints.Contains(touchpoint))
        {
            return false;
        }

        return InsertCapped(touchpoints, touchpoint, static t => t.At, CustomerLimits.MaxTouchpoints);
    }

    /// <summary>Adds or replaces a cart's summary unless the kept one is newer or equal, or a full list has only newer carts.</summary>
    public static bool UpsertCart(List<CartSummary> carts, CartSummary cart)
    {
        var kept = carts.FindIndex(c => c.Cart == cart.Cart);
        if (kept >= 0)
        {
            if (IsStaleOrSame(carts[kept], cart, carts[kept].UpdatedAt, cart.UpdatedAt))
            {
                return false;
            }

            carts.RemoveAt(kept);
        }

        return InsertCapped(carts, cart, static c => c.UpdatedAt, CustomerLimits.MaxCarts);
    }

    /// <summary>Adds or replaces an order's summary unless the kept one is newer or equal.</summary>
    public static bool UpsertOrder(List<OrderSummary> orders, OrderSummary order)
    {
        var kept = orders.FindIndex(o => o.Order == order.Order);
        if (kept >= 0)
        {
            var previous = orders[kept];
            if (IsStaleOrSame(previous, order, previous.UpdatedAt, order.UpdatedAt))
            {
                return false;
            }

            if (previous.PlacedAt == order.PlacedAt)
            {
                orders[kept] = order;
                return true;
            }

            orders.RemoveAt(kept);
        }

        return InsertCapped(orders, order, static o => o.PlacedAt, int.MaxValue);
    }

    /// <summary>Adds a return unless an equal one is kept (a retried call).</summary>
    public static bool AddReturn(List<ReturnSummary> returns, ReturnSummary entry)
    {
        if (returns.Contains(entry))
        {
            return false;
        }

        return InsertCapped(returns, entry, static r => r.At, int.MaxValue);
    }

    private static bool IsStaleOrSame<T>(T kept, T incoming, DateTimeOffset keptAt, DateTimeOffset incomingAt) =>
        incomingAt < keptAt || EqualityComparer<T>.Default.Equals(kept, incoming);

    /// <summary>
    /// Inserts before the first item at or before the item's time (so among equal times the latest recorded leads), then
    /// drops the oldest beyond the cap; false when the item itself would be dropped.
    /// </summary>
    private static bool InsertCapped<T>(List<T> items, T item, Func<T, DateTimeOffset> timeOf, int cap)
    {
        var at = timeOf(item);
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (timeOf(items[middle]) > at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        if (low >= cap)
        {
            return false;
        }

        items.Insert(low, item);
        if (items.Count > cap)
        {
            items.RemoveRange(cap, items.Count - cap);
        }

        return true;
    }
}
