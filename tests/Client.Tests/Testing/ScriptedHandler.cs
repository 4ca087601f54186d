using System.Collections.Concurrent;

namespace Grid.Client.Tests.Testing;

/// <summary>
/// Sits between a client under test and the real server: records every request, and lets a test replace the answer
/// to chosen attempts, in order (fail before the server sees the request, or after it handled it). Attempts past the
/// script go to the server.
/// </summary>
internal sealed class ScriptedHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<Func<Func<Task<HttpResponseMessage>>, CancellationToken, Task<HttpResponseMessage>>> _script = new();

    public ScriptedHandler()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Requests in the order they were sent.</summary>
    public ConcurrentQueue<SentRequest> Sent { get; } = new();

    /// <summary>Bodies of the answers <see cref="ThenDropResponse"/> lost, in order.</summary>
    public ConcurrentQueue<string> Dropped { get; } = new();

    /// <summary>The next attempt: the server handles it, then its answer is lost as if the connection broke.</summary>
    public ScriptedHandler ThenDropResponse()
    {
        _script.Enqueue(async (forward, cancellationToken) =>
        {
            using var answered = await forward();
            Dropped.Enqueue(await answered.Content.ReadAsStringAsync(cancellationToken));
            throw new HttpRequestException(HttpRequestError.ResponseEnded, $"Simulated: the connection broke after the server answered {(int)answered.StatusCode}.");
        });
        return this;
    }

    /// <summary>The next attempt never reaches the server: this answer comes back instead.</summary>
    public ScriptedHandler ThenAnswer(Func<HttpResponseMessage> answer)
    {
        _script.Enqueue((_, _) => Task.FromResult(answer()));
        return this;
    }

    /// <summary>The next attempt never reaches the server and is never answered: it ends only when cancelled.</summary>
    public ScriptedHandler ThenHang()
    {
        _script.Enqueue(async (_, cancellationToken) =>
        {
            var cancelled = new TaskCompletionSource<HttpResponseMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
            await using var registration = cancellationToken.Register(() => cancelled.TrySetCanceled(cancellationToken));
            return await cancelled.Task;
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Enqueue(new SentRequest(
            request.Method,
            request.RequestUri!.AbsolutePath,
            request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null,
            request.Headers.Authorization?.ToString()));
        return _script.TryDequeue(out var step)
            ? await step(() => base.SendAsync(request, cancellationToken), cancellationToken)
            : await base.SendAsync(request, cancellationToken);
    }
}
