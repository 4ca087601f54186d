using System.Net;
using System.Net.Http.Json;
using Grid.Api.SampleData;
using Grid.Grains;
using Grid.Grains.Inventory;
using Grid.Grains.SampleData;
using Grid.Runtime;
using Grid.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Api.Tests.SampleData;

public sealed class SampleDataEndpointsTests
{
    [Fact]
    public async Task PostSampleData_TwiceThenBadSeed_LoadsOnceChangesNothingAgainAndRejectsTheSeed()
    {
        var directory = Directory.CreateTempSubdirectory("grid-sample-api-");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Configuration["Grid:Storage:DataDirectory"] = directory.FullName;
        builder.Services.AddGridSilo();
        builder.Services.AddGridGrains();
        await using var app = builder.Build();
        app.MapSampleData();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        var data = SampleDataSet.Create();

        using var first = await http.PostAsync(new Uri("/ops/sample-data", UriKind.Relative), null);
        var loaded = await first.Content.ReadFromJsonAsync<SampleDataLoadResult>();
        using var second = await http.PostAsync(new Uri("/ops/sample-data", UriKind.Relative), null);
        var again = await second.Content.ReadFromJsonAsync<SampleDataLoadResult>();
        using var bad = await http.PostAsync(new Uri("/ops/sample-data?seed=abc", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((53, 3, 1_000), (loaded!.Locations, loaded.Channels, loaded.Skus));
        Assert.Equal(0, loaded.InventoryUnchanged);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(again!.InventoryUnchanged > 0);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("invalid_seed", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var level = data.Stock[0];
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var availability = await grains.GetGrain<IInventoryGrain>(level.Key.ToString()).GetAvailabilityAsync();
        Assert.Equal(level.OnHand, availability.OnHand);
        await app.StopAsync();
        await app.DisposeAsync();
        directory.Delete(recursive: true);
    }
}
