using System.Net;
using System.Text;

namespace Grid.Client.Tests.Testing;

/// <summary>Problem-details answers as the API writes them, for handlers that stand in for the server.</summary>
internal static class Problems
{
    public static HttpResponseMessage Of(HttpStatusCode status, string code, int? retryAfterSeconds = null, string extraMembers = "")
    {
        var json = $$"""{"type":"https://tools.ietf.org/html/rfc9110","title":"Stand-in","status":{{(int)status}},"detail":"Stand-in {{code}}.","code":"{{code}}","traceId":"trace-1"{{extraMembers}}}""";
        var response = new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/problem+json") };
        if (retryAfterSeconds is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }
}
