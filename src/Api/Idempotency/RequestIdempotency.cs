using System.Buffers.Text;
using Grid.Grains.Ids;

namespace Grid.Api.Idempotency;

/// <summary>
/// The grain-level idempotency key of a request: derived from the caller's scope (its channel, or its key) and the
/// <c>Idempotency-Key</c> header, so two channels using the same header value never share a key.
/// </summary>
internal sealed record RequestIdempotency(IdempotencyKey Key)
{
    /// <param name="scopedKey">The digest of <c>{scope}\n{header}</c>, as the response store keys the request.</param>
    public static RequestIdempotency From(in Sha256Digest scopedKey)
    {
        Span<byte> digest = stackalloc byte[Sha256Digest.Size];
        scopedKey.CopyTo(digest);
        return new RequestIdempotency(IdempotencyKey.Parse("h" + Base64Url.EncodeToString(digest)));
    }

    /// <summary>A key for one step of a request that makes several changes (the grain key plus a suffix).</summary>
    public IdempotencyKey For(string step) => IdempotencyKey.Parse($"{Key.Value}:{step}");
}
