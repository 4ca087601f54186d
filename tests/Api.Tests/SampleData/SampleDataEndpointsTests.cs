using System.Net;
using System.Net.Http.Json;
using Grid.Api.Tests.Testing;
using Grid.Grains.Inventory;
using Grid.Grains.SampleData;

namespace Grid.Api.Tests.SampleData;

public sealed class SampleDataEndpointsTests
{
    [Fact]
    public async Task PostSampleData_TwiceThenBadSeed_LoadsOnceChangesNothingAgainAndRejectsTheSeed()
    {
        await using var server = await ApiServer.StartAsync();
        var data = SampleDataSet.Create();

        using var first = await server.Admin.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/ops/sample-data", null));
        var loaded = await first.Content.ReadFromJsonAsync<SampleDataLoadResult>();
        using var second = await server.Admin.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/ops/sample-data", null));
        var again = await second.Content.ReadFromJsonAsync<SampleDataLoadResult>();
        using var bad = await server.Admin.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/ops/sample-data?seed=abc", null));
        using var anonymous = await server.Anonymous.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/ops/sample-data", null));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((53, 3, 1_000), (loaded!.Locations, loaded.Channels, loaded.Skus));
        Assert.Equal(0, loaded.InventoryUnchanged);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.True(again!.InventoryUnchanged > 0);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("invalid_seed", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var level = data.Stock[0];
        var availability = await server.Grains.GetGrain<IInventoryGrain>(level.Key.ToString()).GetAvailabilityAsync();
        Assert.Equal(level.OnHand, availability.OnHand);
    }
}
