using System.Diagnostics;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// What all subscribers share: once the sale starts, each event's propagation (received − <c>at</c>, both on this
/// process's clock) goes into one histogram; and when the last event arrived, to tell when the streams went quiet.
/// </summary>
internal sealed class PropagationClock
{
    private long _lastEvent;
    private volatile bool _measuring;

    public LatencyHistogram Propagation { get; } = new();

    /// <summary>The Stopwatch timestamp of the latest event any subscriber received; 0 before the first.</summary>
    public long LastEvent => Interlocked.Read(ref _lastEvent);

    /// <summary>From now on, events count: snapshots sent at subscription are not propagation.</summary>
    public void Start() => _measuring = true;

    public void Received(in AvailabilityFrame frame, DateTimeOffset receivedAt)
    {
        Interlocked.Exchange(ref _lastEvent, Stopwatch.GetTimestamp());
        if (_measuring)
        {
            Propagation.Record((long)(receivedAt - frame.At).TotalMicroseconds);
        }
    }
}
