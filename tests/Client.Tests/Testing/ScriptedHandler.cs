using System.Collections.Concurrent;

namespace Grid.Client.Tests.Testing;

/// <summary>
/// Sits between a client under test and the real server: records every request's method, path and Idempotency-Key,
/// and lets a test replace the answer to chosen attempts (fail before the server sees the request, or after).
/// </summary>
internal sealed class ScriptedHandler : DelegatingHandler
{
    private readonly ConcurrentQueue<Func<HttpRequestMessage, Func<Task<HttpResponseMessage>>, Task<HttpResponseMessage>>> _script = new();

    public ScriptedHandler()
        : base(new SocketsHttpHandler())
    {
    }

    /// <summary>Requests in the order they were sent.</summary>
    public ConcurrentQueue<SentRequest> Sent { get; } = new();

    /// <summary>The next attempt: the server handles it, then its answer is lost as if the connection broke.</summary>
    public ScriptedHandler ThenDropResponse()
    {
        _script.Enqueue(async (_, forward) =>
        {
            using var answered = await forward();
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

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Sent.Enqueue(new SentRequest(request.Method, request.RequestUri!.AbsolutePath, request.Headers.TryGetValues("Idempotency-Key", out var keys) ? keys.Single() : null));
        return _script.TryDequeue(out var step)
            ? await step(request, () => base.SendAsync(request, cancellationToken))
            : await base.SendAsync(request, cancellationToken);
    }
}
