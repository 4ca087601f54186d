using Microsoft.AspNetCore.Http;

namespace Grid.Api.Access;

/// <summary>Where the authenticated caller of a request is kept.</summary>
internal static class ApiCallerExtensions
{
    private static readonly object ItemKey = new();

    /// <summary>The caller the API key authenticated; null on an anonymous request.</summary>
    public static ApiCaller? GetCaller(this HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var caller) ? caller as ApiCaller : null;

    /// <summary>Records the caller once its key is verified.</summary>
    public static void SetCaller(this HttpContext context, ApiCaller caller) => context.Items[ItemKey] = caller;
}
