using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grid.Client.Tests.Testing;

/// <summary>
/// A real Kestrel server with one endpoint, <c>GET /v1/availability/stream</c>, that stands in for the availability
/// stream being built: each connection it accepts plays the next script (see <see cref="SseScript"/>); once they are
/// used up, connections are held open until the client goes. Every connection's request is recorded.
/// </summary>
internal sealed class SseServer : IAsyncDisposable
{
    public const string Path = "/v1/availability/stream";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _scripts;
    private readonly Channel<StreamRequest> _accepted = Channel.CreateUnbounded<StreamRequest>();
    private readonly ConcurrentQueue<StreamRequest> _requests = new();

    private SseServer(WebApplication app, IEnumerable<Func<HttpContext, Task>> scripts)
    {
        _app = app;
        _scripts = new ConcurrentQueue<Func<HttpContext, Task>>(scripts);
    }

    public Uri Address { get; private set; } = null!;

    /// <summary>Every connection so far, in order.</summary>
    public IReadOnlyList<StreamRequest> Requests => [.. _requests];

    public static async Task<SseServer> StartAsync(params Func<HttpContext, Task>[] connections)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new SseServer(app, connections);
        app.MapGet(Path, server.ServeAsync);
        await app.StartAsync();
        server.Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        return server;
    }

    /// <summary>A client under test of this server with the key, reconnecting at once unless <paramref name="configure"/> says otherwise.</summary>
    public GridClient Client(Action<GridClientOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new GridClientOptions { BaseAddress = Address, ApiKey = "grid_test", StreamReconnectDelay = TimeSpan.Zero, RetryBaseDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        return new GridClient(options, time);
    }

    /// <summary>The next connection the server accepts (or accepted), waiting at most 30 seconds.</summary>
    public async Task<StreamRequest> NextConnectionAsync() =>
        await _accepted.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    private async Task ServeAsync(HttpContext context)
    {
        var request = new StreamRequest(
            context.Request.Headers["Last-Event-ID"].SingleOrDefault(),
            context.Request.Query["sku"].SingleOrDefault(),
            context.Request.Headers.Authorization.SingleOrDefault(),
            context.Request.Headers.Accept.SingleOrDefault());
        _requests.Enqueue(request);
        _accepted.Writer.TryWrite(request);
        if (_scripts.TryDequeue(out var script))
        {
            await script(context);
            return;
        }

        await SseScript.HoldOpenAsync(context);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
