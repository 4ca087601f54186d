namespace Grid.Grains.Customers;

/// <summary>What happened when a customer met the retailer.</summary>
public enum TouchpointKind
{
    /// <summary>Came to a store, the site or the app.</summary>
    Visit,

    /// <summary>Changed a cart.</summary>
    CartActivity,

    /// <summary>Checked a cart out.</summary>
    Checkout,

    /// <summary>An order moved on (sourced, shipped, ready for pick-up, delivered ...).</summary>
    OrderUpdate,

    /// <summary>Brought or sent something back.</summary>
    Return,

    /// <summary>Talked to customer support.</summary>
    Support,
}
