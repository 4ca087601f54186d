using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using System.Text.Json;
using Grid.Api.Tests.Testing;
using Grid.Contracts.Inventory;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Grid.Api.Tests.Hosting;

/// <summary>
/// Over 10,000 malformed or hostile requests against every operation of the served OpenAPI document: broken JSON, wrong
/// types, out-of-range numbers, overlong or non-ASCII ids, missing or bad keys and headers, wrong methods and media
/// types, oversized bodies. Every answer is a 4xx problem, never a 5xx, and nothing is written.
/// </summary>
public sealed class ApiFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 10_500;
    private const int Workers = 8;

    [Fact]
    public async Task HostileRequests_EveryOperation_FourHundredsOnlyAndNoStateChange()
    {
        await using var server = await ApiServer.StartAsync(builder =>
        {
            builder.Configuration["Grid:Api:DefaultRequestsPerSecondPerKey"] = "1000000";
            builder.Configuration["Grid:Api:AnonymousRequestsPerSecond"] = "1000000";
        });
        await server.DefineStoreAsync("s1");
        var channelKey = await server.DefineChannelAsync("web", ["s1"]);
        await server.SetStockAsync("sku1", "s1", 10);
        using var web = server.Client(channelKey);
        using (var held = await web.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations", new ReserveRequest("r1", 2, 3600, "cart-1"))))
        {
            held.EnsureSuccessStatusCode();
        }

        using var document = JsonDocument.Parse(await server.Anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var operations = ApiOperation.ReadAll(document);
        var before = await SnapshotAsync(server);
        var silo = server.Services.GetRequiredService<Grid.Runtime.Hosting.Silo>().Address.ToString();
        long writes = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == "grid.storage.writes" && instrument.Meter.Tags?.Any(t => t.Key == "silo" && (string?)t.Value == silo) == true)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref writes, value));
        listener.Start();

        var statuses = new ConcurrentDictionary<int, int>();
        var failures = new ConcurrentQueue<string>();
        var hostile = new HostileRequests(channelKey, ApiServer.AdminKey);
        await Task.WhenAll(Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            var random = new Random(1_000 + worker);
            using var http = server.Client(null);
            for (var i = 0; i < Requests / Workers; i++)
            {
                var operation = operations[random.Next(operations.Count)];
                using var request = hostile.Create(random, operation, out var description);
                using var response = await http.SendAsync(request);
                var status = (int)response.StatusCode;
                statuses.AddOrUpdate(status, 1, (_, n) => n + 1);
                var body = await response.Content.ReadAsStringAsync();
                if (status is < 400 or >= 500)
                {
                    failures.Enqueue($"{description} -> {status}: {body[..Math.Min(body.Length, 300)]}");
                }
                else if (status is not (414 or 431) && !KestrelRefused(request, status) && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                {
                    failures.Enqueue($"{description} -> {status} without problem details ({response.Content.Headers.ContentType})");
                }
            }
        })));
        listener.Dispose();
        var after = await SnapshotAsync(server);

        output.WriteLine($"{Requests / Workers * Workers} requests over {operations.Count} operations: " + string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(failures.IsEmpty, $"{failures.Count} answers were not 4xx problems, e.g.:\n{string.Join("\n", failures.Take(15))}");
        Assert.Equal(0, Interlocked.Read(ref writes));
        Assert.Equal(before, after);
        Assert.True(statuses.Values.Sum() >= 10_000);
    }

    /// <summary>Kestrel itself answers a bare 400 to a request line with a NUL in it: the request never reaches Grid.</summary>
    private static bool KestrelRefused(HttpRequestMessage request, int status) =>
        status == 400 && request.RequestUri!.OriginalString.Contains("%00", StringComparison.Ordinal);

    private static async Task<string> SnapshotAsync(ApiServer server)
    {
        var stock = await server.Admin.GetStringAsync(new Uri("/ops/inventory/sku1/s1", UriKind.Relative));
        var locations = await server.Admin.GetStringAsync(new Uri("/ops/locations", UriKind.Relative));
        var channel = await server.Admin.GetStringAsync(new Uri("/admin/channels/web", UriKind.Relative));
        var probe = await server.Admin.GetFromJsonAsync<JsonElement>(new Uri("/ops/probes/s1", UriKind.Relative));
        return string.Join("\n", stock, locations, channel, probe.ToString());
    }
}
