namespace Grid.Client.Tests.Streaming;

/// <summary>
/// In front of a real handler: the first availability stream it carries is cut (the read fails like a dropped
/// connection) once <see cref="Cut"/> is called; later streams pass untouched. Records each stream's Last-Event-ID.
/// </summary>
internal sealed class CuttingHandler() : DelegatingHandler(new SocketsHttpHandler())
{
    private readonly TaskCompletionSource _cut = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _streams;

    public List<string?> LastEventIds { get; } = [];

    public void Cut() => _cut.TrySetResult();

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isStream = request.RequestUri!.AbsolutePath.EndsWith("/availability/stream", StringComparison.Ordinal);
        if (isStream)
        {
            lock (LastEventIds)
            {
                LastEventIds.Add(request.Headers.TryGetValues("Last-Event-ID", out var ids) ? ids.Single() : null);
            }
        }

        var response = await base.SendAsync(request, cancellationToken);
        if (isStream && Interlocked.Increment(ref _streams) == 1)
        {
            var inner = await response.Content.ReadAsStreamAsync(cancellationToken);
            var content = new StreamContent(new CutStream(inner, _cut.Task));
            foreach (var header in response.Content.Headers)
            {
                content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }

            response.Content = content;
        }

        return response;
    }

    private sealed class CutStream(Stream inner, Task cut) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var read = inner.ReadAsync(buffer, cancellationToken).AsTask();
            if (await Task.WhenAny(read, cut) == cut)
            {
                await inner.DisposeAsync();
                throw new IOException("The connection was cut by the test.");
            }

            return await read;
        }

        public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer.AsMemory(offset, count)).AsTask().GetAwaiter().GetResult();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
