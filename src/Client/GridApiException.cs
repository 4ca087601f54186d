using System.Net;
using System.Text.Json;

namespace Grid.Client;

/// <summary>
/// A non-success answer from the Grid API: its RFC 7807 problem details with the stable <see cref="Code"/> (see
/// <see cref="GridErrorCodes"/>). Transient answers are thrown only after the client's retries ran out.
/// </summary>
public sealed class GridApiException : Exception
{
    private static readonly IReadOnlyDictionary<string, JsonElement> NoExtensions = new Dictionary<string, JsonElement>();

    /// <summary>An exception without an answer behind it.</summary>
    public GridApiException()
        : this("The Grid API rejected the request.")
    {
    }

    /// <summary>An exception without an answer behind it, with a message.</summary>
    public GridApiException(string message)
        : this(message, null)
    {
    }

    /// <summary>An exception without an answer behind it, with a message and its cause.</summary>
    public GridApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Code = "error";
        Extensions = NoExtensions;
    }

    /// <summary>An answer's problem details.</summary>
    /// <param name="statusCode">The HTTP status.</param>
    /// <param name="code">The stable code.</param>
    /// <param name="title">The problem's title.</param>
    /// <param name="detail">What went wrong, readable.</param>
    /// <param name="extensions">Members beyond RFC 7807's own (<c>code</c>, <c>traceId</c>, <c>rejections</c>, ...).</param>
    /// <param name="retryAfter">The answer's Retry-After, if it had one.</param>
    /// <param name="idempotencyKey">The idempotency key the request carried, if it was a change.</param>
    public GridApiException(
        HttpStatusCode statusCode,
        string code,
        string? title,
        string? detail,
        IReadOnlyDictionary<string, JsonElement>? extensions = null,
        TimeSpan? retryAfter = null,
        string? idempotencyKey = null)
        : base(MessageOf(statusCode, code, title, detail))
    {
        ArgumentNullException.ThrowIfNull(code);
        StatusCode = statusCode;
        Code = code;
        Title = title;
        Detail = detail;
        Extensions = extensions ?? NoExtensions;
        RetryAfter = retryAfter;
        IdempotencyKey = idempotencyKey;
    }

    /// <summary>The HTTP status of the answer.</summary>
    public HttpStatusCode StatusCode { get; }

    /// <summary>The stable error code, for example <see cref="GridErrorCodes.InsufficientStock"/>.</summary>
    public string Code { get; }

    /// <summary>The problem's short title.</summary>
    public string? Title { get; }

    /// <summary>What went wrong, readable; never meant to be parsed.</summary>
    public string? Detail { get; }

    /// <summary>Every member of the problem beyond RFC 7807's own: <c>code</c>, <c>traceId</c>, and any details such as <c>rejections</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> Extensions { get; }

    /// <summary>How long the server asked the caller to wait before trying again (429, 409 <c>idempotency_in_progress</c>, 503).</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The idempotency key of the failed change: send the same change again with it to retry it safely.</summary>
    public string? IdempotencyKey { get; }

    /// <summary>The server's id of the request, for its logs; null when the answer carried none.</summary>
    public string? TraceId => Extensions.TryGetValue("traceId", out var id) && id.ValueKind == JsonValueKind.String ? id.GetString() : null;

    private static string MessageOf(HttpStatusCode status, string code, string? title, string? detail) =>
        $"Grid API answered {(int)status} {code}: {detail ?? title ?? "no detail"}";
}
