using System.Net;
using System.Text;
using Grid.LoadGenerator.Scenarios;

namespace Grid.LoadGenerator.Http;

/// <summary>
/// The buyers' side of HTTP: one <see cref="SocketsHttpHandler"/> with a keep-alive HTTP/1.1 connection per buyer, a
/// response buffer per buyer (a response is read to its end, so the connection goes back to the pool), and the reading
/// of an answer: 200 accepted, 409 <c>insufficient_stock</c> sold out, anything else rejected and tallied.
/// </summary>
internal sealed class HttpBuyers : IDisposable
{
    private const int ResponseBufferBytes = 4096;
    private static readonly byte[] InsufficientStock = Encoding.UTF8.GetBytes("\"insufficient_stock\"");
    private readonly HttpClient _client;
    private readonly byte[][] _buffers;

    public HttpBuyers(Uri address, int buyers, string? key)
    {
        _client = CreateClient(address, buyers, key);
        _buffers = [.. Enumerable.Range(0, buyers).Select(_ => new byte[ResponseBufferBytes])];
    }

    public ResponseTally Unexpected { get; } = new();

    /// <summary>A client for the API at <paramref name="address"/> that keeps up to <paramref name="connections"/> connections open.</summary>
    public static HttpClient CreateClient(Uri address, int connections, string? key)
    {
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(30),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(10),
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        var client = new HttpClient(handler)
        {
            BaseAddress = address,
            Timeout = TimeSpan.FromSeconds(60),
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>POSTs a JSON body with an Idempotency-Key and says what the answer means for the buyer.</summary>
    public async ValueTask<BuyerOutcome> PostAsync(int buyer, Uri path, byte[] body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", idempotencyKey);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
            var length = await ReadToEndAsync(response, _buffers[buyer]).ConfigureAwait(false);
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    return BuyerOutcome.Accepted;
                case HttpStatusCode.Conflict when _buffers[buyer].AsSpan(0, length).IndexOf(InsufficientStock) >= 0:
                    return BuyerOutcome.SoldOut;
                default:
                    Unexpected.Record(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
                    return BuyerOutcome.Rejected;
            }
        }
        catch (HttpRequestException ex)
        {
            Unexpected.Record($"{ex.HttpRequestError}");
            return BuyerOutcome.Rejected;
        }
        catch (TaskCanceledException)
        {
            Unexpected.Record("timeout");
            return BuyerOutcome.Rejected;
        }
    }

    public void Dispose() => _client.Dispose();

    /// <summary>Reads the body to its end; keeps its first half-buffer (the upper half takes the rest, unread).</summary>
    private static async ValueTask<int> ReadToEndAsync(HttpResponseMessage response, byte[] buffer)
    {
        var stream = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            var half = buffer.Length / 2;
            var kept = 0;
            while (true)
            {
                var keeping = kept < half;
                var read = await stream.ReadAsync(keeping ? buffer.AsMemory(kept, half - kept) : buffer.AsMemory(half)).ConfigureAwait(false);
                if (read == 0)
                {
                    return kept;
                }

                if (keeping)
                {
                    kept += read;
                }
            }
        }
    }
}
