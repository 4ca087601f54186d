using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http.Features;

namespace Grid.Api.Idempotency;

/// <summary>A request body already read into memory, offered as a pipe that returns all of it in its first read.</summary>
internal sealed class BufferedBodyPipe(byte[] body) : IRequestBodyPipeFeature
{
    public PipeReader Reader { get; } = PipeReader.Create(new ReadOnlySequence<byte>(body));
}
