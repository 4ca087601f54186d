using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace Grid.Api.Streams;

/// <summary>Writes server-sent event frames (<c>id</c>, <c>event: availability</c>, one-line JSON <c>data</c>) to a response.</summary>
internal sealed class SseFrameWriter(PipeWriter body) : IDisposable
{
    private readonly Utf8JsonWriter _json = new(body);

    public void Write(AvailabilityEvent availability)
    {
        body.Write("id: "u8);
        Encoding.UTF8.GetBytes(availability.Id, body);
        body.Write("\nevent: availability\ndata: "u8);
        _json.Reset(body);
        JsonSerializer.Serialize(_json, availability, AvailabilityJsonContext.Default.AvailabilityEvent);
        _json.Flush();
        body.Write("\n\n"u8);
    }

    public void WriteHeartbeat() => body.Write(": keep-alive\n\n"u8);

    public void Dispose() => _json.Dispose();
}
