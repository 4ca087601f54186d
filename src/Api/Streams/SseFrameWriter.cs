using System.Buffers;
using System.IO.Pipelines;

namespace Grid.Api.Streams;

/// <summary>Writes server-sent event frames, already encoded, and keep-alive comments to a response.</summary>
internal static class SseFrameWriter
{
    public static void Write(PipeWriter body, EncodedAvailability availability) => body.Write(availability.Frame.Span);

    public static void WriteHeartbeat(PipeWriter body) => body.Write(": keep-alive\n\n"u8);
}
