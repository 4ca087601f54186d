using System.Net.WebSockets;
using Grid.Api.Access;
using Grid.Api.Streams;
using Grid.Grains;
using Grid.Grains.ApiKeys;
using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Runtime;
using Grid.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Grid.Api.Tests.Streams;

/// <summary>
/// A real Kestrel server with the grid, channel "web" (store-1 and store-2, safety stock 1) and the availability
/// streams, on a fake clock. Instead of the real authentication, a test middleware makes the caller a key of the
/// channel named in <see cref="ChannelHeader"/> ("-" for a key without a channel) with the scopes in <see cref="ScopesHeader"/>.
/// </summary>
internal sealed class StreamsServer : IAsyncDisposable
{
    public const string ChannelHeader = "X-Test-Channel";
    public const string ScopesHeader = "X-Test-Scopes";
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private StreamsServer(WebApplication app, FakeTimeProvider time, Uri address)
    {
        App = app;
        Time = time;
        Address = address;
    }

    public WebApplication App { get; }

    public FakeTimeProvider Time { get; }

    public Uri Address { get; }

    public IGrainFactory Grains => App.Services.GetRequiredService<IGrainFactory>();

    public static async Task<StreamsServer> StartAsync()
    {
        var time = new FakeTimeProvider(FeedFixtures.Start);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration["Grid:Storage:Provider"] = "Memory";
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddGridSilo();
        builder.Services.AddGridGrains();
        builder.Services.AddAvailabilityStreams();

        // Publications are not paced here: the fake clock stands still, and pacing has its own test.
        builder.Services.Configure<AvailabilityStreamOptions>(options => options.PublishInterval = TimeSpan.Zero);
        var app = builder.Build();
        app.UseWebSockets();
        app.Use(static (context, next) =>
        {
            ActAsTestCaller(context);
            return next(context);
        });
        app.UseMiddleware<ScopeMiddleware>();
        app.MapAvailabilityStreams();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        var server = new StreamsServer(app, time, address);
        var defined = await server.Grains.GetGrain<IChannelGrain>("web").DefineAsync(FeedFixtures.Web(1));
        Assert.True(defined.Accepted, defined.Detail);
        return server;
    }

    public HttpClient CreateClient(string? channel = "web", string? scopes = null)
    {
        var http = new HttpClient { BaseAddress = Address, Timeout = Timeout.InfiniteTimeSpan };
        if (channel is not null)
        {
            http.DefaultRequestHeaders.Add(ChannelHeader, channel);
        }

        if (scopes is not null)
        {
            http.DefaultRequestHeaders.Add(ScopesHeader, scopes);
        }

        return http;
    }

    public async Task<ClientWebSocket> ConnectWebSocketAsync(string pathAndQuery, string channel = "web")
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader(ChannelHeader, channel);
        var uri = new UriBuilder(new Uri(Address, pathAndQuery)) { Scheme = "ws" }.Uri;
        await socket.ConnectAsync(uri, CancellationToken.None).WaitAsync(Patience);
        return socket;
    }

    public async Task StockAsync(string sku, string location, long units)
    {
        var set = await Inventory(sku, location).SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse($"stock:{sku}:{location}:{units}"), units, "test stock"));
        Assert.True(set.Accepted, set.Error.ToString());
    }

    public async Task ReserveAsync(string sku, string location, int quantity, string reservation)
    {
        var reserved = await Inventory(sku, location).ReserveAsync(
            new ReserveStock(IdempotencyKey.Parse(reservation), ReservationId.Parse(reservation), quantity, ChannelId.Parse("web"), "test", TimeSpan.FromMinutes(10)));
        Assert.True(reserved.Accepted, reserved.Error.ToString());
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();

    private static void ActAsTestCaller(HttpContext context)
    {
        if (!context.Request.Headers.TryGetValue(ChannelHeader, out var channel))
        {
            return;
        }

        var scopes = context.Request.Headers.TryGetValue(ScopesHeader, out var named) ? Enum.Parse<ApiScopes>(named.ToString()) : ApiScopes.Channel;
        context.SetCaller(new ApiCaller("k1", channel == "-" ? null : ChannelId.Parse(channel.ToString()), scopes));
    }

    private IInventoryGrain Inventory(string sku, string location) => Grains.GetGrain<IInventoryGrain>($"{sku}@{location}");
}
