using System.Net.Http.Headers;

namespace Grid.Silo.Tests;

/// <summary>Sends the admin key on every request and a fresh Idempotency-Key on every POST and PUT that has none.</summary>
internal sealed class OpsClientHandler : DelegatingHandler
{
    private readonly string _key;

    public OpsClientHandler(string key)
        : base(new HttpClientHandler())
    {
        _key = key;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _key);
        if ((request.Method == HttpMethod.Post || request.Method == HttpMethod.Put) && !request.Headers.Contains("Idempotency-Key"))
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        }

        return base.SendAsync(request, cancellationToken);
    }
}
