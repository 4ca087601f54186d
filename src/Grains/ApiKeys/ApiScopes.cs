namespace Grid.Grains.ApiKeys;

/// <summary>What an API key may do.</summary>
[Flags]
public enum ApiScopes
{
    /// <summary>Nothing.</summary>
    None = 0,

    /// <summary>Its own channel's carts, orders, reservations and availability.</summary>
    Channel = 1,

    /// <summary>Stock adjustments, locations, fulfilment steps, the dashboard.</summary>
    Ops = 2,

    /// <summary>API keys and channels.</summary>
    Admin = 4,
}
