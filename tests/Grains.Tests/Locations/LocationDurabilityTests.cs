using Grid.Grains.Locations;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Storage;
using static Grid.Grains.Tests.Locations.LocationGrainTests;

namespace Grid.Grains.Tests.Locations;

/// <summary>What a location grain and the directory acknowledged survives a restart of the whole cluster over the same SQLite file.</summary>
public sealed class LocationDurabilityTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grid-location-restart-").FullName;

    private string Database => Path.Combine(_directory, "grid.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Restart_AfterDefinesAndClaims_ProfilesClaimsAndDirectoryAreRecovered()
    {
        await using (var before = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System)))
        {
            var store = before.Client.GetGrain<ILocationGrain>("store-1");
            await store.DefineAsync(Store("store-1", capacity: 2));
            await store.ClaimCapacityAsync(Order("o1"), Today(before));
            await store.ClaimCapacityAsync(Order("o2"), Today(before));
            var centre = before.Client.GetGrain<ILocationGrain>("dc-1");
            await centre.DefineAsync(Store("dc-1") with { Kind = LocationKind.DistributionCentre });
            await centre.SetOpenAsync(false);
        }

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System));

        // Read before any location grain is activated: the directory recovers from its own journal.
        var listed = await LocationDirectory(after).GetAllAsync();
        Assert.Equal(
            [
                new LocationStatus(Store("dc-1", open: false) with { Kind = LocationKind.DistributionCentre }, Today(after), 0),
                new LocationStatus(Store("store-1", capacity: 2), Today(after), 2),
            ],
            listed);

        var restarted = after.Client.GetGrain<ILocationGrain>("store-1");
        Assert.Equal(new LocationStatus(Store("store-1", capacity: 2), Today(after), 2), await restarted.GetStatusAsync());
        var repeat = await restarted.ClaimCapacityAsync(Order("o1"), Today(after));
        var third = await restarted.ClaimCapacityAsync(Order("o3"), Today(after));
        Assert.True(repeat.Accepted);
        Assert.Equal(2, repeat.Status!.OrdersTaken);
        Assert.Equal(LocationError.CapacityExhausted, third.Error);
    }
}
