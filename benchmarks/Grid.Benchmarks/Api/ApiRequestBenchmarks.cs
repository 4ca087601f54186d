using System.Globalization;
using System.Net;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;

namespace Grid.Benchmarks.Api;

/// <summary>
/// One reservation request at a time through the whole API pipeline on an in-memory test server (no sockets, memory
/// storage), against the same request to <c>MapPost("/minimal", () => Results.Ok())</c> on its own test server: the
/// part of the load generator's HTTP ratio that is Grid's own code. A new SKU per iteration holds the iteration's stock.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 4, iterationCount: 12, invocationCount: Invocations)]
public class ApiRequestBenchmarks
{
    private const int Invocations = 8_192;
    private ApiPipelineHost? _grid;
    private HttpClient? _channel;
    private WebApplication? _minimal;
    private HttpClient? _minimalClient;
    private int _iteration;
    private int _request;
    private string _acceptingPath = string.Empty;
    private string _soldOutPath = string.Empty;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _grid = await ApiPipelineHost.StartAsync();
        _channel = await _grid.ChannelClientAsync();
        _soldOutPath = ReservationsPath("sold-out");
        await _grid.SetOnHandAsync("sold-out", 0);

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseTestServer();
        _minimal = builder.Build();
        _minimal.MapPost("/minimal", () => Results.Ok());
        await _minimal.StartAsync();
        _minimalClient = _minimal.GetTestClient();
    }

    [IterationSetup]
    public void NewSku()
    {
        var sku = string.Create(CultureInfo.InvariantCulture, $"bench-{++_iteration}");
        _grid!.SetOnHandAsync(sku, Invocations).GetAwaiter().GetResult();
        _acceptingPath = ReservationsPath(sku);
    }

    [GlobalCleanup]
    public async Task CleanupAsync()
    {
        _channel?.Dispose();
        _minimalClient?.Dispose();
        if (_minimal is not null)
        {
            await _minimal.DisposeAsync();
        }

        if (_grid is not null)
        {
            await _grid.DisposeAsync();
        }
    }

    [Benchmark(Baseline = true, Description = "minimal endpoint")]
    public Task<HttpStatusCode> Minimal() => PostAsync(_minimalClient!, "/minimal");

    [Benchmark(Description = "reserve, accepted (200)")]
    public Task<HttpStatusCode> Accepted() => PostAsync(_channel!, _acceptingPath);

    [Benchmark(Description = "reserve, sold out (409)")]
    public Task<HttpStatusCode> SoldOut() => PostAsync(_channel!, _soldOutPath);

    private static string ReservationsPath(string sku) => $"/v1/inventory/{sku}/{ApiPipelineHost.Location}/reservations";

    private async Task<HttpStatusCode> PostAsync(HttpClient client, string path)
    {
        var id = string.Create(CultureInfo.InvariantCulture, $"b{_iteration}-{++_request}");
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes($$"""{"reservationId":"{{id}}","quantity":1,"holdSeconds":1800,"owner":"{{id}}"}""")),
        };
        request.Content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        request.Headers.TryAddWithoutValidation("Idempotency-Key", id);
        using var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response.StatusCode;
    }
}
