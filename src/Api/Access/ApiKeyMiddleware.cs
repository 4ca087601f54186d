using Grid.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Grid.Api.Access;

/// <summary>
/// Authenticates the API key of a request (<c>Authorization: Bearer grid_...</c> or <c>X-Api-Key</c>). A request without
/// a key goes on anonymously (endpoints that need a scope answer 401); a key that authenticates nobody is a 401 at once.
/// </summary>
internal sealed class ApiKeyMiddleware(RequestDelegate next, ApiKeyVerifier verifier)
{
    public const string HeaderName = "X-Api-Key";
    private const string BearerPrefix = "Bearer ";

    public async Task InvokeAsync(HttpContext context)
    {
        if (!TryGetKey(context.Request.Headers, out var text))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (text is null || await verifier.VerifyAsync(text).ConfigureAwait(false) is not { } verified)
        {
            await ApiProblem.Of(StatusCodes.Status401Unauthorized, "unauthorized", "The API key is not valid or was revoked.")
                .ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        context.SetCaller(verified.Caller);
        context.Features.Set(verified);
        await next(context).ConfigureAwait(false);
    }

    /// <summary>Finds the key; text is null when a key header is there but malformed (two keys, an empty one).</summary>
    private static bool TryGetKey(IHeaderDictionary headers, out string? text)
    {
        text = null;
        var apiKey = headers[HeaderName];
        var authorization = headers.Authorization;
        if (StringValues.IsNullOrEmpty(apiKey) && StringValues.IsNullOrEmpty(authorization))
        {
            return false;
        }

        if (apiKey.Count + authorization.Count != 1)
        {
            return true;
        }

        var value = apiKey.Count == 1 ? apiKey[0] : authorization[0];
        if (apiKey.Count == 0)
        {
            if (value is null || !value.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            value = value[BearerPrefix.Length..];
        }

        text = value?.Trim();
        return true;
    }
}
