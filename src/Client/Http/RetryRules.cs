using System.Net;

namespace Grid.Client.Http;

/// <summary>Which failures are worth another attempt, and how long to wait before it.</summary>
internal static class RetryRules
{
    /// <summary>True for answers another attempt may change: 5xx, 408, 429 and a 409 whose key's first request still runs.</summary>
    public static bool IsTransient(GridApiException problem) => problem.StatusCode switch
    {
        >= HttpStatusCode.InternalServerError => true,
        HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests => true,
        HttpStatusCode.Conflict => problem.Code == GridErrorCodes.IdempotencyInProgress,
        _ => false,
    };

    /// <summary>True for connection failures; false for those another attempt repeats (TLS, authentication, configuration).</summary>
    public static bool IsTransient(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.SecureConnectionError
            or HttpRequestError.UserAuthenticationError
            or HttpRequestError.ConfigurationLimitExceeded
            or HttpRequestError.VersionNegotiationError
            or HttpRequestError.ExtendedConnectNotSupported => false,
        _ => true,
    };

    /// <summary>The wait before retry number <paramref name="retry"/> (0 for the first): the base doubled per retry, capped.</summary>
    public static TimeSpan Backoff(TimeSpan baseDelay, TimeSpan max, int retry)
    {
        var factor = Math.Pow(2, Math.Min(retry, 30));
        var ticks = baseDelay.Ticks * factor;
        return ticks >= max.Ticks ? max : TimeSpan.FromTicks((long)ticks);
    }
}
