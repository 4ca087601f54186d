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
/// <c>app.MapPost("/minimal", () => Results.Ok())</c> on Kestrel in this process, with no Grid behind it.
/// </summary>
internal static class MinimalKestrelBaseline
{
    public const string System = "minimal kestrel";

    /// <summary>A key of the real shape, so the requests are as long as the reservations; nothing reads it.</summary>
    private static readonly string Key = $"grid_{new string('0', 16)}_{new string('A', 43)}";

    public static async Task<SystemResult> RunAsync(LoadOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/minimal", () => Results.Ok());
        await app.StartAsync().ConfigureAwait(false);
        try
        {
            var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
            var path = new Uri("/minimal", UriKind.Relative);
            using var buyers = new HttpBuyers(address, options.Buyers, Key);
            await WarmUp.RunAsync(options, (round, warmup) =>
            {
                var prefix = string.Create(CultureInfo.InvariantCulture, $"mw{round}");
                return Task.FromResult<Func<int, int, ValueTask<BuyerOutcome>>>((buyer, request) =>
                    buyers.PostAsync(buyer, path, ReservationRequests.Body(buyer, request, warmup.Quantity), ReservationRequests.IdempotencyKey(prefix, buyer, request)));
            }).ConfigureAwait(false);
            var measurement = await new BuyerRun(options).RunAsync(System, (buyer, request) =>
                buyers.PostAsync(buyer, path, ReservationRequests.Body(buyer, request, options.Quantity), ReservationRequests.IdempotencyKey("m", buyer, request))).ConfigureAwait(false);
            if (!buyers.Unexpected.IsEmpty)
            {
                Console.WriteLine($"{System}: unexpected answers: {buyers.Unexpected}");
            }

            return new SystemResult(System, measurement, 0, 0);
        }
        finally
        {
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
