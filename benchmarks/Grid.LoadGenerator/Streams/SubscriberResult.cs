namespace Grid.LoadGenerator.Streams;

/// <summary>What the subscribers saw of the sale, and what holding them open cost the silo.</summary>
/// <param name="Subscribers">Connections asked for.</param>
/// <param name="Streaming">Those still streaming at the end.</param>
/// <param name="Correct">Those whose last event carried the availability the grain reports at the end.</param>
/// <param name="Events">Availability events received by all subscribers from the start of the sale.</param>
/// <param name="Heartbeats">Comment lines received by all subscribers.</param>
/// <param name="PropagationP50Ms">Median of received − <c>at</c> over those events.</param>
/// <param name="PropagationP99Ms">99th percentile of the same.</param>
/// <param name="PropagationMaxMs">The slowest event.</param>
/// <param name="MemoryPer1000SubscribersBytes">Managed heap after GC with the subscribers connected minus before, less their client side, per 1,000.</param>
/// <param name="ClientMemoryPer1000SubscribersBytes">The subscribers' own sockets and buffers, measured alone and subtracted, per 1,000.</param>
/// <param name="SettledAfterSec">From the last buyer's answer to every subscriber on the final availability (or the streams going quiet).</param>
/// <param name="Failures">Why subscribers stopped, if any did.</param>
internal sealed record SubscriberResult(
    int Subscribers,
    int Streaming,
    int Correct,
    long Events,
    long Heartbeats,
    double PropagationP50Ms,
    double PropagationP99Ms,
    double PropagationMaxMs,
    long MemoryPer1000SubscribersBytes,
    long ClientMemoryPer1000SubscribersBytes,
    double SettledAfterSec,
    string? Failures);
