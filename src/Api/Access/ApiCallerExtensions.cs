using Microsoft.AspNetCore.Http;

namespace Grid.Api.Access;

/// <summary>Where the authenticated caller of a request is kept: a request feature (no Items dictionary per request).</summary>
internal static class ApiCallerExtensions
{
    /// <summary>The caller the API key authenticated; null on an anonymous request.</summary>
    public static ApiCaller? GetCaller(this HttpContext context) => context.Features.Get<ApiCaller>();

    /// <summary>Records the caller once its key is verified.</summary>
    public static void SetCaller(this HttpContext context, ApiCaller caller) => context.Features.Set(caller);
}
