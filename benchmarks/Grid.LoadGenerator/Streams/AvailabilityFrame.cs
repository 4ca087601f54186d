namespace Grid.LoadGenerator.Streams;

/// <summary>
/// One <c>availability</c> event of the stream for the watched SKU-location: a change, or a snapshot of where it stands;
/// <paramref name="At"/> is when the change became durable, on the server's clock.
/// </summary>
internal readonly record struct AvailabilityFrame(bool Snapshot, long Available, DateTimeOffset At);
