using Grid.Runtime;

namespace Grid.Grains.Customers;

/// <summary>The durable state of one customer. Every list is kept newest first, so a view is a copy.</summary>
[GenerateSerializer]
internal sealed class CustomerState
{
    /// <summary>The state's name in storage.</summary>
    public const string StateName = "customer";

    /// <summary>Null until the customer registers.</summary>
    public CustomerProfile? Profile { get; set; }

    /// <summary>Most recently updated first, at most <see cref="CustomerLimits.MaxCarts"/>.</summary>
    public List<CartSummary> Carts { get; set; } = [];

    /// <summary>Most recently placed first.</summary>
    public List<OrderSummary> Orders { get; set; } = [];

    /// <summary>Newest first.</summary>
    public List<ReturnSummary> Returns { get; set; } = [];

    /// <summary>Newest first, at most <see cref="CustomerLimits.MaxTouchpoints"/>.</summary>
    public List<Touchpoint> Touchpoints { get; set; } = [];
}
