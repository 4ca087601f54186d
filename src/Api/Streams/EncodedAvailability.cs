using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Grid.Api.Streams;

/// <summary>
/// One event as the streams send it, encoded once: the server-sent event frame (<c>id</c>, <c>event: availability</c>,
/// one-line JSON <c>data</c>) whose data part is also the WebSocket message. Immutable, so every subscriber at the same
/// position shares one instance.
/// </summary>
internal sealed class EncodedAvailability
{
    private static readonly byte[] EventLine = "\nevent: availability\ndata: "u8.ToArray();
    private readonly byte[] _frame;
    private readonly int _jsonStart;
    private readonly int _jsonLength;

    public EncodedAvailability(AvailabilityEvent availability, long sequence, long resumeAt)
    {
        ArgumentNullException.ThrowIfNull(availability);
        Event = availability;
        Sequence = sequence;
        ResumeAt = resumeAt;

        var buffer = new ArrayBufferWriter<byte>(256);
        buffer.Write("id: "u8);
        Encoding.UTF8.GetBytes(availability.Id, buffer);
        buffer.Write(EventLine);
        _jsonStart = buffer.WrittenCount;
        using (var json = new Utf8JsonWriter(buffer))
        {
            JsonSerializer.Serialize(json, availability, AvailabilityJsonContext.Default.AvailabilityEvent);
        }

        _jsonLength = buffer.WrittenCount - _jsonStart;
        buffer.Write("\n\n"u8);
        _frame = buffer.WrittenSpan.ToArray();
    }

    public AvailabilityEvent Event { get; }

    /// <summary>The feed sequence of the value's last change.</summary>
    public long Sequence { get; }

    /// <summary>The position the event's id names.</summary>
    public long ResumeAt { get; }

    /// <summary>The whole server-sent event frame, blank line included.</summary>
    public ReadOnlyMemory<byte> Frame => _frame;

    /// <summary>The JSON of the event alone (a WebSocket message).</summary>
    public ReadOnlyMemory<byte> Json => _frame.AsMemory(_jsonStart, _jsonLength);

    public bool Is(long sequence, long resumeAt, string kind) =>
        Sequence == sequence && ResumeAt == resumeAt && string.Equals(Event.Kind, kind, StringComparison.Ordinal);
}
