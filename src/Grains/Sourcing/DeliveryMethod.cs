namespace Grid.Grains.Sourcing;

/// <summary>How an order reaches its customer.</summary>
public enum DeliveryMethod
{
    /// <summary>Shipped to an address.</summary>
    Ship,

    /// <summary>Picked up at a store the customer chose (buy online, pick up in store).</summary>
    Pickup,
}
