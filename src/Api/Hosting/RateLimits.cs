using System.Globalization;
using System.Threading.RateLimiting;
using Grid.Api.Access;
using Grid.Api.Problems;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;

namespace Grid.Api.Hosting;

/// <summary>
/// One token bucket per API key (its own rate, or the default), refilled every 100 ms, bursting to two seconds' worth;
/// requests without a key share a bucket per remote address. A refused request gets 429 with Retry-After.
/// </summary>
internal static class RateLimits
{
    private static readonly TimeSpan Period = TimeSpan.FromMilliseconds(100);

    public static void Configure(RateLimiterOptions limiter, ApiOptions api)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
        {
            if (context.Features.Get<VerifiedKey>() is { } key)
            {
                return RateLimitPartition.GetTokenBucketLimiter(key.RatePartition, _ => Bucket(key.RequestsPerSecond));
            }

            var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetTokenBucketLimiter($"ip:{address}", _ => Bucket(api.AnonymousRequestsPerSecond));
        });
        limiter.OnRejected = async (rejected, cancellationToken) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
            rejected.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
            await ApiProblem.Of(StatusCodes.Status429TooManyRequests, "rate_limited", "This key sent more requests than its rate limit allows; retry after the Retry-After seconds.")
                .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
        };
    }

    private static TokenBucketRateLimiterOptions Bucket(int perSecond) => new()
    {
        TokenLimit = Math.Max(1, perSecond * 2),
        TokensPerPeriod = perSecond >= 10 ? perSecond / 10 : 1,
        ReplenishmentPeriod = perSecond >= 10 ? Period : TimeSpan.FromSeconds(1.0 / perSecond),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
