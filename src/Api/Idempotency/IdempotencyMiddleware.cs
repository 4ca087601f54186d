using System.Buffers;
using System.Text;
using Grid.Api.Access;
using Grid.Api.Problems;
using Grid.Grains.Ids;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Grid.Api.Idempotency;

/// <summary>
/// For endpoints marked <see cref="IdempotentAttribute"/>: requires an <c>Idempotency-Key</c> header, replays the first
/// response for the same key and request, answers 422 for the same key with another request, and 409 while the first is
/// still running. Responses of 5xx and 429 are not kept, so a retry runs again.
/// </summary>
internal sealed class IdempotencyMiddleware(RequestDelegate next, IdempotencyStore store)
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    private const int InitialResponseCapacity = 512;

    public async Task InvokeAsync(HttpContext context)
    {
        var caller = context.GetCaller();
        if (caller is null || context.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        var headers = context.Request.Headers[HeaderName];
        string? error = null;
        if (headers.Count != 1 || !IdempotencyKey.TryParse(headers[0], out _, out error))
        {
            var detail = headers.Count switch
            {
                0 => $"This request needs an {HeaderName} header: 1 to 64 ASCII letters, digits and - _ . :",
                > 1 => $"Send one {HeaderName} header.",
                _ => $"The {HeaderName} header is not valid: {error}",
            };
            await ApiProblem.BadRequest(headers.Count == 0 ? "missing_idempotency_key" : "invalid_idempotency_key", detail).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var body = await ReadBodyAsync(context).ConfigureAwait(false);
        var scope = caller.Channel is { } channel ? $"channel:{channel}" : $"key:{caller.KeyId}";
        var key = Sha256Digest.Of($"{scope}\n{headers[0]}");
        var fingerprint = Fingerprint(context.Request, body);
        switch (store.Begin(key, fingerprint, out var stored, out var claim))
        {
            case IdempotencyDecision.Replay:
                await ReplayAsync(context, stored!).ConfigureAwait(false);
                return;
            case IdempotencyDecision.Mismatch:
                await ApiProblem.Of(StatusCodes.Status422UnprocessableEntity, "idempotency_key_reused", $"The {HeaderName} was already used for a different request.")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
            case IdempotencyDecision.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await ApiProblem.Of(StatusCodes.Status409Conflict, "idempotency_in_progress", $"A request with this {HeaderName} is still running; retry it shortly.")
                    .ExecuteAsync(context).ConfigureAwait(false);
                return;
        }

        context.Features.Set(RequestIdempotency.From(key));
        await RunAndKeepAsync(context, key, claim).ConfigureAwait(false);
    }

    private async Task RunAndKeepAsync(HttpContext context, Sha256Digest key, long claim)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream(InitialResponseCapacity);
        context.Response.Body = buffer;
        var kept = false;
        try
        {
            await next(context).ConfigureAwait(false);
            var status = context.Response.StatusCode;
            kept = status < StatusCodes.Status500InternalServerError && status != StatusCodes.Status429TooManyRequests &&
                store.Complete(key, claim, status, context.Response.ContentType, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        finally
        {
            if (!kept)
            {
                store.Abandon(key, claim);
            }

            context.Response.Body = original;
        }

        await SendAsync(context.Response, buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Sends a whole response body with its length: Kestrel then puts the head and the body in one write to the socket,
    /// instead of a chunk and, at the end of the request, a closing chunk in a second write.
    /// </summary>
    private static async Task SendAsync(HttpResponse response, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        if (body.IsEmpty)
        {
            return;
        }

        response.ContentLength = body.Length;
        await response.BodyWriter.WriteAsync(body, cancellationToken).ConfigureAwait(false);
    }

    private static async Task ReplayAsync(HttpContext context, StoredResponse stored)
    {
        context.Response.StatusCode = stored.StatusCode;
        context.Response.ContentType = stored.ContentType;
        context.Response.Headers[ReplayedHeader] = "true";
        await SendAsync(context.Response, stored.Body, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads the whole body (bounded by Kestrel's request size limit) and puts it back as a memory stream for the
    /// endpoint: request bodies are small, so a body-sized array beats the 30 KB buffers of EnableBuffering.
    /// </summary>
    private static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        var request = context.Request;
        byte[] body;
        // A declared length beyond the limit is left to Kestrel, which refuses it (413) as the copy starts reading.
        var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0;
        if (request.ContentLength is { } length && length <= limit)
        {
            body = new byte[length];
            await request.Body.ReadExactlyAsync(body, context.RequestAborted).ConfigureAwait(false);
        }
        else
        {
            using var copy = new MemoryStream();
            await request.Body.CopyToAsync(copy, context.RequestAborted).ConfigureAwait(false);
            body = copy.ToArray();
        }

        // Both views of the body for the endpoint: JSON binding reads the pipe, which hands over the whole body in one
        // synchronous read instead of copying it out of a stream into pipe buffers first.
        request.Body = new MemoryStream(body, writable: false);
        context.Features.Set<IRequestBodyPipeFeature>(new BufferedBodyPipe(body));
        return body;
    }

    /// <summary>SHA-256 of the method, path, query and body, hashed in one shot over a pooled buffer.</summary>
    private static Sha256Digest Fingerprint(HttpRequest request, byte[] body)
    {
        var head = $"{request.Method}\n{request.Path}\n{request.QueryString}\n";
        var length = Encoding.UTF8.GetByteCount(head) + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var written = Encoding.UTF8.GetBytes(head, buffer);
            body.CopyTo(buffer.AsSpan(written));
            return Sha256Digest.Of(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
