using Grid.Grains.Ids;
using Microsoft.AspNetCore.Http;

namespace Grid.Api.Idempotency;

/// <summary>Handlers' access to their request's idempotency key.</summary>
internal static class IdempotencyExtensions
{
    /// <summary>The grain-level key of an <see cref="IdempotentAttribute"/> endpoint's request.</summary>
    public static IdempotencyKey GetIdempotencyKey(this HttpContext context) =>
        context.Features.Get<RequestIdempotency>()?.Key
        ?? throw new InvalidOperationException("The endpoint is not marked idempotent, or IdempotencyMiddleware is not in the pipeline.");
}
