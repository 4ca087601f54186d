using Grid.Grains.Locations;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Storage;
using static Grid.Grains.Tests.Locations.LocationGrainTests;

namespace Grid.Grains.Tests.Locations;

public sealed class LocationDirectoryGrainTests
{
    private static readonly StateKey JournalKey = new("locationdirectory", ILocationDirectoryGrain.Key, LocationDirectoryState.StateName);

    [Fact]
    public async Task GetAll_NothingDefined_IsEmpty()
    {
        await using var cluster = await GrainsCluster.StartAsync();

        Assert.Empty(await LocationDirectory(cluster).GetAllAsync());
    }

    [Fact]
    public async Task GetAll_AfterDefines_ListsEveryLocationOrderedById()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        foreach (var id in new[] { "store-b", "dc-1", "store-a", "Store-c" })
        {
            await cluster.Client.GetGrain<ILocationGrain>(id).DefineAsync(Store(id));
        }

        var all = await LocationDirectory(cluster).GetAllAsync();

        Assert.Equal(["Store-c", "dc-1", "store-a", "store-b"], all.Select(s => s.Profile.Id.Value));
        Assert.Equal(Store("dc-1"), all[1].Profile);
        Assert.All(all, s => Assert.Equal(new LocationStatus(s.Profile, Today(cluster), 0), s));
    }

    [Fact]
    public async Task GetAll_AfterClaimsAndClosing_ReportsTheLatestStatus()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-1");
        await grain.DefineAsync(Store("store-1", capacity: 3));
        var first = await LocationDirectory(cluster).GetAllAsync();

        await grain.ClaimCapacityAsync(Order("o1"), Today(cluster));
        await grain.ClaimCapacityAsync(Order("o2"), Today(cluster));
        var claimed = await LocationDirectory(cluster).GetAllAsync();
        await grain.ReleaseCapacityAsync(Order("o1"), Today(cluster));
        await grain.SetOpenAsync(false);
        var closed = await LocationDirectory(cluster).GetAllAsync();

        Assert.Equal(0, first.Single().OrdersTaken);
        Assert.Equal(2, claimed.Single().OrdersTaken);
        Assert.Equal(1, claimed.Single().RemainingCapacity);
        Assert.Equal(new LocationStatus(Store("store-1", capacity: 3, open: false), Today(cluster), 1), closed.Single());
    }

    [Fact]
    public async Task GetAll_ClaimForAnotherDay_DoesNotChangeTodaysOrdersTaken()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-2");
        await grain.DefineAsync(Store("store-2", capacity: 3));

        await grain.ClaimCapacityAsync(Order("o1"), Today(cluster).AddDays(1));

        Assert.Equal(0, (await LocationDirectory(cluster).GetAllAsync()).Single().OrdersTaken);
    }

    [Fact]
    public async Task GetAll_StatusFromAnEarlierDay_ReportsNoOrdersTakenTodayWithoutWriting()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-3");
        await grain.DefineAsync(Store("store-3", capacity: 2));
        await grain.ClaimCapacityAsync(Order("o1"), Today(cluster));
        await grain.ClaimCapacityAsync(Order("o2"), Today(cluster));
        var journal = await cluster.Storage.ReadJournalAsync(JournalKey, 0, CancellationToken.None);
        var snapshot = await cluster.Storage.ReadAsync(JournalKey, CancellationToken.None);

        cluster.TimeProvider.Advance(TimeSpan.FromDays(1));
        var nextDay = await LocationDirectory(cluster).GetAllAsync();

        Assert.Equal(new LocationStatus(Store("store-3", capacity: 2), Today(cluster), 0), nextDay.Single());
        Assert.Equal(2, nextDay.Single().RemainingCapacity);
        Assert.Equal(journal.Count, (await cluster.Storage.ReadJournalAsync(JournalKey, 0, CancellationToken.None)).Count);
        Assert.Equal(snapshot?.Version, (await cluster.Storage.ReadAsync(JournalKey, CancellationToken.None))?.Version);
    }

    [Fact]
    public async Task Define_DirectoryCannotStoreTheStatus_CallFailsAndARetryListsTheLocation()
    {
        // Guards against acknowledging a change the directory may never have heard of (an update sent and not awaited).
        var storage = new AppendHookStorage();
        await using var cluster = await GrainsCluster.StartAsync(storage);
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-8");
        storage.FailNextAppends("locationdirectory", 1);

        await Assert.ThrowsAnyAsync<Exception>(() => grain.DefineAsync(Store("store-8")).AsTask());
        var durableMeanwhile = await storage.ReadAsync(StateKeyOf("store-8"), CancellationToken.None);
        var retry = await grain.DefineAsync(Store("store-8"));

        Assert.NotNull(durableMeanwhile);
        Assert.True(retry.Accepted);
        Assert.Equal([new LocationStatus(Store("store-8"), Today(cluster), 0)], await LocationDirectory(cluster).GetAllAsync());
    }

    [Fact]
    public async Task Update_SameStatusTwice_JournalsItOnce()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var status = new LocationStatus(Store("store-6"), Today(cluster), 1);

        await LocationDirectory(cluster).UpdateAsync(status);
        await LocationDirectory(cluster).UpdateAsync(status);
        await LocationDirectory(cluster).UpdateAsync(status with { OrdersTaken = 2 });

        Assert.Equal(2, (await cluster.Storage.ReadJournalAsync(JournalKey, 0, CancellationToken.None)).Count);
        Assert.Equal(2, (await LocationDirectory(cluster).GetAllAsync()).Single().OrdersTaken);
    }

    [Fact]
    public async Task Update_StatusWithoutLocationId_ThrowsAndListsNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);

        await Assert.ThrowsAsync<ArgumentException>(() =>
            LocationDirectory(cluster).UpdateAsync(new LocationStatus(Store("store-7") with { Id = default }, Today(cluster), 0)).AsTask());

        Assert.Empty(await LocationDirectory(cluster).GetAllAsync());
    }

    [Fact]
    public async Task Activate_KeyOtherThanAll_CallFailsWithClearError()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.GetGrain<ILocationDirectoryGrain>("some").GetAllAsync().AsTask());

        Assert.Contains("'all'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAll_ManyLocationsDefinedConcurrently_ListsEachOnceInOrder()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var ids = Enumerable.Range(0, 50).Select(i => $"loc-{i:D3}").Reverse().ToList();

        var results = await Task.WhenAll(ids.Select(id => cluster.Client.GetGrain<ILocationGrain>(id).DefineAsync(Store(id)).AsTask()));

        Assert.All(results, r => Assert.True(r.Accepted));
        Assert.Equal(ids.Order(StringComparer.Ordinal), (await LocationDirectory(cluster).GetAllAsync()).Select(s => s.Profile.Id.Value));
    }
}
