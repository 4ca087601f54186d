using System.Net;
using System.Net.Http.Json;
using Grid.Api.Health;
using Grid.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Api.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task GetHealth_OnRealKestrelWithSilo_ReturnsHealthyFromAGrainCall()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Services.AddGridSilo();
        await using var app = builder.Build();
        app.MapHealth();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address) };

        using var first = await http.GetAsync(new Uri("/health", UriKind.Relative));
        var second = await http.GetFromJsonAsync<HealthResponse>(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/json", first.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(second);
        Assert.Equal("healthy", second.Status);
        Assert.Equal(2, second.ChecksServed);
        await app.StopAsync();
    }
}
