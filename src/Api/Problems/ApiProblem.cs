using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grid.Api.Problems;

/// <summary>RFC 7807 problem details with a stable <c>code</c> extension, the one shape every Grid error has.</summary>
internal static class ApiProblem
{
    /// <summary>The extension that carries the stable error code.</summary>
    public const string CodeKey = "code";

    /// <summary>A problem with a status, a stable code and a readable detail.</summary>
    public static ProblemHttpResult Of(int status, string code, string detail, string? title = null) =>
        TypedResults.Problem(
            title: title ?? TitleOf(status),
            detail: detail,
            statusCode: status,
            extensions: new Dictionary<string, object?> { [CodeKey] = code });

    /// <summary>400 for a request that breaks a rule.</summary>
    public static ProblemHttpResult BadRequest(string code, string detail) => Of(StatusCodes.Status400BadRequest, code, detail);

    /// <summary>404 for something that does not exist, or that the caller may not see.</summary>
    public static ProblemHttpResult NotFound(string code, string detail) => Of(StatusCodes.Status404NotFound, code, detail);

    /// <summary>The stable code of a status when nothing more specific applies.</summary>
    public static string CodeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "invalid_request",
        StatusCodes.Status401Unauthorized => "unauthorized",
        StatusCodes.Status403Forbidden => "forbidden",
        StatusCodes.Status404NotFound => "not_found",
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status406NotAcceptable => "not_acceptable",
        StatusCodes.Status408RequestTimeout => "request_timeout",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status411LengthRequired => "length_required",
        StatusCodes.Status413PayloadTooLarge => "payload_too_large",
        StatusCodes.Status414UriTooLong => "uri_too_long",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        StatusCodes.Status422UnprocessableEntity => "unprocessable",
        StatusCodes.Status429TooManyRequests => "rate_limited",
        StatusCodes.Status431RequestHeaderFieldsTooLarge => "headers_too_large",
        StatusCodes.Status503ServiceUnavailable => "unavailable",
        StatusCodes.Status504GatewayTimeout => "timeout",
        >= 500 => "internal_error",
        _ => "error",
    };

    /// <summary>The title <see cref="Of"/> gives a status when none is named.</summary>
    public static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "The request is not valid",
        StatusCodes.Status401Unauthorized => "An API key is required",
        StatusCodes.Status403Forbidden => "The API key may not do this",
        StatusCodes.Status404NotFound => "Not found",
        StatusCodes.Status409Conflict => "The request conflicts with the current state",
        StatusCodes.Status410Gone => "Gone",
        StatusCodes.Status422UnprocessableEntity => "The request cannot be processed",
        StatusCodes.Status429TooManyRequests => "Too many requests",
        _ => "Error",
    };

    /// <summary>The <c>type</c> link the problem details service gives a status (the RFC section defining it).</summary>
    public static string TypeOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        StatusCodes.Status404NotFound => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        StatusCodes.Status409Conflict => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        StatusCodes.Status410Gone => "https://tools.ietf.org/html/rfc9110#section-15.5.11",
        StatusCodes.Status422UnprocessableEntity => "https://tools.ietf.org/html/rfc4918#section-11.2",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "No encoded problem is made for this status."),
    };
}
