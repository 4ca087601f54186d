using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Grid.Api.Problems;

/// <summary>
/// A problem whose body is fixed but for its trace id, encoded once: the rejections a flash sale answers by the thousand
/// per second (409 insufficient_stock) skip building a <see cref="Microsoft.AspNetCore.Mvc.ProblemDetails"/> and serializing
/// it per request. The body has the same members in the same order as <see cref="ApiProblem.Of"/> written through the
/// problem details service: type, title, status, detail, code, traceId.
/// </summary>
internal sealed class EncodedProblem : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private const string ProblemJson = "application/problem+json";
    private static readonly byte[] Tail = "\"}"u8.ToArray();

    /// <summary>The escaping ASP.NET Core's JSON options use for responses, so both ways of writing agree byte for byte.</summary>
    private static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
    private readonly byte[] _head;

    public EncodedProblem(int status, string code, string detail)
    {
        StatusCode = status;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder }))
        {
            writer.WriteStartObject();
            writer.WriteString("type", ApiProblem.TypeOf(status));
            writer.WriteString("title", ApiProblem.TitleOf(status));
            writer.WriteNumber("status", status);
            writer.WriteString("detail", detail);
            writer.WriteString(ApiProblem.CodeKey, code);
            writer.WriteString("traceId", string.Empty);
        }

        // Everything up to the trace id's value (the object is left open): the closing quote and brace are the tail.
        _head = buffer.ToArray()[..^1];
    }

    public int StatusCode { get; }

    int? IStatusCodeHttpResult.StatusCode => StatusCode;

    public string ContentType => ProblemJson;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        var trace = JsonEncodedText.Encode(httpContext.TraceIdentifier, Encoder).EncodedUtf8Bytes;
        var length = _head.Length + trace.Length + Tail.Length;
        var body = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            _head.CopyTo(body, 0);
            trace.CopyTo(body.AsSpan(_head.Length));
            Tail.CopyTo(body, _head.Length + trace.Length);
            response.StatusCode = StatusCode;
            response.ContentType = ProblemJson;
            response.ContentLength = length;
            await response.Body.WriteAsync(body.AsMemory(0, length), httpContext.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }
}
