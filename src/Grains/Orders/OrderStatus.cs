namespace Grid.Grains.Orders;

/// <summary>Where an order is in its life: placed → sourced → released → picked → shipped | ready for pick-up → delivered | picked up; or cancelled; returns on top.</summary>
public enum OrderStatus
{
    /// <summary>Accepted, not yet sourced.</summary>
    Placed,

    /// <summary>Every line has an allocation (or a backorder) at a location.</summary>
    Sourced,

    /// <summary>Handed to the locations to pick.</summary>
    Released,

    /// <summary>Picked at every location.</summary>
    Picked,

    /// <summary>Shipped from every location.</summary>
    Shipped,

    /// <summary>Waiting at the store for the customer.</summary>
    ReadyForPickup,

    /// <summary>Delivered to the address.</summary>
    Delivered,

    /// <summary>Collected by the customer.</summary>
    PickedUp,

    /// <summary>Cancelled; its allocations were released.</summary>
    Cancelled,

    /// <summary>Some lines came back.</summary>
    PartiallyReturned,

    /// <summary>Every line came back.</summary>
    Returned,

    /// <summary>Could not be sourced.</summary>
    Rejected,
}
