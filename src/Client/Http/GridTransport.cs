using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Grid.Client.Http;

/// <summary>
/// Sends the client's requests: the API key, JSON bodies serialized once, problem details into
/// <see cref="GridApiException"/>, and bounded retries of transient failures that keep a change's idempotency key.
/// </summary>
internal sealed class GridTransport : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;
    private readonly Uri _baseAddress;
    private readonly AuthenticationHeaderValue? _authorization;

    public GridTransport(HttpClient http, bool ownsHttp, GridClientOptions options, TimeProvider time)
    {
        _http = http;
        _ownsHttp = ownsHttp;
        Options = options;
        Time = time;
        // Paths are relative ("v1/..."), so an address under a path ("https://host/grid") keeps its path.
        _baseAddress = WithTrailingSlash(http.BaseAddress ?? options.BaseAddress
            ?? throw new ArgumentException("Set GridClientOptions.BaseAddress or the HttpClient's BaseAddress.", nameof(options)));
        _authorization = options.ApiKey is null ? null : new AuthenticationHeaderValue("Bearer", options.ApiKey);
    }

    public GridClientOptions Options { get; }

    public TimeProvider Time { get; }

    /// <summary>Reads a resource, retrying transient failures.</summary>
    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken) =>
        (await SendAsync<T>(HttpMethod.Get, path, body: null, idempotencyKey: null, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Sends a change under an idempotency key (a new one when none is given) that every retry repeats.</summary>
    public Task<GridReply<T>> ChangeAsync<T>(HttpMethod method, string path, object? body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is not null)
        {
            // The API judges the key's form; only what could not be sent as a header is refused here.
            ArgumentException.ThrowIfNullOrWhiteSpace(idempotencyKey);
            GridHeaders.ThrowIfNotSendable(idempotencyKey, nameof(idempotencyKey));
        }

        // The API fingerprints the body's bytes, so every attempt sends the very same bytes.
        var bytes = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), GridJson.Options);
        return SendAsync<T>(method, path, bytes, idempotencyKey ?? NewIdempotencyKey(), cancellationToken);
    }

    /// <summary>
    /// Opens an event stream, once: the answer once its headers are in (the attempt's deadline ends there), or a
    /// <see cref="GridApiException"/> for a non-success answer.
    /// </summary>
    public async Task<HttpResponseMessage> OpenStreamAsync(string path, string? lastEventId, CancellationToken cancellationToken)
    {
        using var deadline = new AttemptDeadline(Options.Timeout, Time, cancellationToken);
        var token = deadline.Token;
        using var request = Request(HttpMethod.Get, path, body: null, idempotencyKey: null);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        if (lastEventId is not null)
        {
            request.Headers.TryAddWithoutValidation(GridHeaders.LastEventId, lastEventId);
        }

        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && deadline.Expired)
        {
            throw new TimeoutException($"The Grid API did not answer within {Options.Timeout}.", exception);
        }

        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            throw await ProblemReader.ReadAsync(response, null, Time, token).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private async Task<GridReply<T>> SendAsync<T>(HttpMethod method, string path, byte[]? body, string? idempotencyKey, CancellationToken cancellationToken)
    {
        for (var retry = 0; ; retry++)
        {
            var mayRetry = retry < Options.MaxRetries;
            TimeSpan wait;
            using (var deadline = new AttemptDeadline(Options.Timeout, Time, cancellationToken))
            {
                var token = deadline.Token;
                try
                {
                    using var request = Request(method, path, body, idempotencyKey);
                    using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                    if (response.IsSuccessStatusCode)
                    {
                        var value = await response.Content.ReadFromJsonAsync<T>(GridJson.Options, token).ConfigureAwait(false)
                            ?? throw new InvalidOperationException($"The Grid API answered {method} {path} with an empty body.");
                        return new GridReply<T>(value, IsReplay(response));
                    }

                    var problem = await ProblemReader.ReadAsync(response, idempotencyKey, Time, token).ConfigureAwait(false);
                    if (!mayRetry || !RetryRules.IsTransient(problem))
                    {
                        throw problem;
                    }

                    wait = problem.RetryAfter ?? Backoff(retry);
                    if (wait > Options.MaxRetryDelay)
                    {
                        throw problem;
                    }
                }
                catch (HttpRequestException exception) when (mayRetry && RetryRules.IsTransient(exception) && !cancellationToken.IsCancellationRequested)
                {
                    wait = Backoff(retry);
                }
                catch (IOException) when (mayRetry && !cancellationToken.IsCancellationRequested)
                {
                    // The connection broke while the body was read.
                    wait = Backoff(retry);
                }
                catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested && deadline.Expired)
                {
                    if (!mayRetry)
                    {
                        throw new TimeoutException($"The Grid API did not answer {method} {path} within {Options.Timeout}, {retry + 1} attempt(s).", exception);
                    }

                    wait = Backoff(retry);
                }
            }

            await Task.Delay(wait, Time, cancellationToken).ConfigureAwait(false);
        }
    }

    private HttpRequestMessage Request(HttpMethod method, string path, byte[]? body, string? idempotencyKey)
    {
        var request = new HttpRequestMessage(method, new Uri(_baseAddress, path));
        if (_authorization is not null)
        {
            request.Headers.Authorization = _authorization;
        }

        if (idempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(GridHeaders.IdempotencyKey, idempotencyKey);
        }

        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        }
        else if (method != HttpMethod.Get)
        {
            request.Content = new ByteArrayContent([]);
        }

        return request;
    }

    private TimeSpan Backoff(int retry) => RetryRules.Backoff(Options.RetryBaseDelay, Options.MaxRetryDelay, retry);

    private static bool IsReplay(HttpResponseMessage response) =>
        response.Headers.TryGetValues(GridHeaders.IdempotentReplayed, out var values) && values.Any(v => string.Equals(v, "true", StringComparison.OrdinalIgnoreCase));

    private static string NewIdempotencyKey() => Guid.NewGuid().ToString("N");

    private static Uri WithTrailingSlash(Uri address) =>
        address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
}
