using System.Text.Json;
using Grid.Api.Streams;

namespace Grid.Api.Tests.Streams;

/// <summary>A real HTTP client of the server-sent event stream, reading it line by line as it arrives.</summary>
internal sealed class SseClient : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private SseClient(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public HttpResponseMessage Response => _response;

    public static async Task<SseClient> OpenAsync(HttpClient http, string pathAndQuery = "/v1/availability/stream", string? lastEventId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(pathAndQuery, UriKind.Relative));
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).WaitAsync(StreamsServer.Patience);
        if (!response.IsSuccessStatusCode)
        {
            Assert.Fail($"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var body = await response.Content.ReadAsStreamAsync();
        return new SseClient(response, new StreamReader(body));
    }

    /// <summary>The next frame; null when the server ended the stream.</summary>
    public async Task<SseFrame?> ReadFrameAsync()
    {
        using var patience = new CancellationTokenSource(StreamsServer.Patience);
        var lines = new List<string>();
        while (await _reader.ReadLineAsync(patience.Token) is { } line)
        {
            if (line.Length > 0)
            {
                lines.Add(line);
            }
            else if (lines.Count > 0)
            {
                return SseFrame.Parse(lines);
            }
        }

        return null;
    }

    /// <summary>The next availability event, skipping comments.</summary>
    public async Task<(SseFrame Frame, AvailabilityEvent Event)> ReadEventAsync()
    {
        while (true)
        {
            var frame = await ReadFrameAsync() ?? throw new EndOfStreamException("The stream ended.");
            if (frame.Data is not null)
            {
                var availability = JsonSerializer.Deserialize<AvailabilityEvent>(frame.Data, JsonSerializerOptions.Web)!;
                return (frame, availability);
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
