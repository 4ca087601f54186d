using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Sourcing;
using Grid.Runtime;

namespace Grid.Grains.Carts;

/// <summary>The durable state of one cart.</summary>
[GenerateSerializer]
public sealed class CartRecord
{
    /// <summary>False until the first line is added.</summary>
    public bool Exists { get; set; }

    /// <summary>Open or checked out.</summary>
    public CartState State { get; set; }

    /// <summary>The channel the customer is on now.</summary>
    public ChannelId Channel { get; set; }

    /// <summary>The customer, when known.</summary>
    public CustomerId? Customer { get; set; }

    /// <summary>Where holds taken at add are sourced near.</summary>
    public GeoPoint? Near { get; set; }

    /// <summary>Where holds taken at add are taken.</summary>
    public LocationId? PickupStore { get; set; }

    /// <summary>The lines.</summary>
    public List<CartLine> Lines { get; set; } = [];

    /// <summary>Holds the cart keeps.</summary>
    public List<SourcedHold> Holds { get; set; } = [];

    /// <summary>When the holds run out unless the cart is touched again.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>The order it became.</summary>
    public OrderId? Order { get; set; }

    /// <summary>Counts holds taken, so each gets a fresh reservation id.</summary>
    public int HoldSequence { get; set; }

    /// <summary>Applied idempotency keys and the fingerprints of their requests.</summary>
    public Dictionary<string, ulong> AppliedKeys { get; set; } = [];
}
