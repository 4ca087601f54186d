using System.Globalization;
using Grid.LoadGenerator.Http;
using Grid.LoadGenerator.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grid.LoadGenerator.Baselines;

/// <summary>
/// What HTTP alone costs on this machine: the same buyers, client, headers and body POSTing to
/// <c>app.MapPost("/minimal", () => Results.Ok())</c> on Kestrel in this process, with no Grid behind it. Started and
/// warmed up once, then measured as often as asked: before and right after Grid's sale, so a machine whose speed
/// drifts during the run moves both sides of the comparison alike.
/// </summary>
internal sealed class MinimalKestrelBaseline : IAsyncDisposable
{
    public const string System = "minimal kestrel";

    /// <summary>A key of the real shape, so the requests are as long as the reservations; nothing reads it.</summary>
    private static readonly string Key = $"grid_{new string('0', 16)}_{new string('A', 43)}";

    private readonly WebApplication _app;
    private readonly HttpBuyers _buyers;
    private readonly LoadOptions _options;
    private readonly Uri _path = new("/minimal", UriKind.Relative);
    private int _runs;

    private MinimalKestrelBaseline(WebApplication app, HttpBuyers buyers, LoadOptions options)
    {
        _app = app;
        _buyers = buyers;
        _options = options;
    }

    /// <summary>Starts the endpoint and warms it up with the same buyers as a measured run.</summary>
    public static async Task<MinimalKestrelBaseline> StartAsync(LoadOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/minimal", () => Results.Ok());
        await app.StartAsync().ConfigureAwait(false);
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var baseline = new MinimalKestrelBaseline(app, new HttpBuyers(address, options.Buyers, Key), options);
        await WarmUp.RunAsync(options, (round, warmup) =>
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"mw{round}");
            return Task.FromResult<Func<int, int, ValueTask<BuyerOutcome>>>((buyer, request) =>
                baseline._buyers.PostAsync(buyer, baseline._path, ReservationRequests.Body(buyer, request, warmup.Quantity), ReservationRequests.IdempotencyKey(prefix, buyer, request)));
        }).ConfigureAwait(false);
        return baseline;
    }

    /// <summary>One measured run: as many requests as the sale's.</summary>
    public async Task<SystemResult> MeasureAsync(string label)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"m{_runs++}");
        BuyerRun.CollectGarbage();
        var measurement = await new BuyerRun(_options).RunAsync($"{System} ({label})", (buyer, request) =>
            _buyers.PostAsync(buyer, _path, ReservationRequests.Body(buyer, request, _options.Quantity), ReservationRequests.IdempotencyKey(prefix, buyer, request))).ConfigureAwait(false);
        if (!_buyers.Unexpected.IsEmpty)
        {
            Console.WriteLine($"{System}: unexpected answers: {_buyers.Unexpected}");
        }

        return new SystemResult(System, measurement, 0, 0);
    }

    public async ValueTask DisposeAsync()
    {
        _buyers.Dispose();
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
