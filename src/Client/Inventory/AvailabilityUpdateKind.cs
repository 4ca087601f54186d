namespace Grid.Client.Inventory;

/// <summary>Why an availability update was sent.</summary>
public enum AvailabilityUpdateKind
{
    /// <summary>A kind this version of the client does not know; the figures are still current.</summary>
    Unknown,

    /// <summary>Available-to-sell changed (<c>change</c>).</summary>
    Change,

    /// <summary>The current figure, sent when a subscription starts or cannot resume from its last event (<c>snapshot</c>).</summary>
    Snapshot,
}
