namespace Grid.Grains.Carts;

/// <summary>Where a cart is in its life.</summary>
public enum CartState
{
    /// <summary>Being filled.</summary>
    Open,

    /// <summary>Checked out into an order.</summary>
    CheckedOut,

    /// <summary>Abandoned: its holds ran out or it was cleared.</summary>
    Abandoned,
}
