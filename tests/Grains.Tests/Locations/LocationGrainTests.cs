using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Serialization;
using Grid.Runtime.Storage;
using Grid.Runtime.Testing;

namespace Grid.Grains.Tests.Locations;

public sealed class LocationGrainTests
{
    [Fact]
    public async Task Define_ValidProfile_IsDurableAndReturnedByGetStatus()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-1");
        var profile = Store("store-1", capacity: 25);

        var result = await grain.DefineAsync(profile);

        Assert.True(result.Accepted);
        Assert.Null(result.Detail);
        Assert.Equal(new LocationStatus(profile, Today(cluster), 0), result.Status);
        Assert.Equal(25, result.Status!.RemainingCapacity);
        Assert.Equal(result.Status, await grain.GetStatusAsync());
        Assert.Equal(profile, (await StoredAsync(cluster, "store-1"))!.Profile);
    }

    [Fact]
    public async Task Define_Again_ReplacesProfileAndKeepsClaims()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-2");
        await grain.DefineAsync(Store("store-2", capacity: 5));
        await grain.ClaimCapacityAsync(Order("o1"), Today(cluster));
        var changed = Store("store-2", capacity: 3) with { Name = "Store two", Kind = LocationKind.DarkStore, Position = GeoPoint.Create(51.5074, -0.1278) };

        var result = await grain.DefineAsync(changed);

        Assert.True(result.Accepted);
        Assert.Equal(new LocationStatus(changed, Today(cluster), 1), await grain.GetStatusAsync());
        Assert.Equal(changed, (await StoredAsync(cluster, "store-2"))!.Profile);
    }

    [Fact]
    public async Task GetStatus_NeverDefined_ReturnsNullAndStoresNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync();

        var status = await cluster.Client.GetGrain<ILocationGrain>("store-3").GetStatusAsync();

        Assert.Null(status);
        Assert.Null(await cluster.Storage.ReadAsync(StateKeyOf("store-3"), CancellationToken.None));
    }

    [Theory]
    [InlineData("null profile")]
    [InlineData("id not the key")]
    [InlineData("default id")]
    [InlineData("empty name")]
    [InlineData("white space name")]
    [InlineData("name of 201 characters")]
    [InlineData("control character in name")]
    [InlineData("negative capacity")]
    [InlineData("capacity over a million")]
    [InlineData("latitude over 90")]
    [InlineData("latitude under -90")]
    [InlineData("latitude not a number")]
    [InlineData("longitude over 180")]
    [InlineData("longitude infinite")]
    [InlineData("undefined kind")]
    [InlineData("undefined capability")]
    [InlineData("negative capabilities")]
    public async Task Define_ProfileBreaksARule_RejectedAndNothingChanges(string rule)
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-4");
        var valid = Store("store-4");
        await grain.DefineAsync(valid);
        var before = await cluster.Storage.ReadAsync(StateKeyOf("store-4"), CancellationToken.None);

        var result = await grain.DefineAsync(Break(valid, rule)!);

        Assert.Equal(LocationError.InvalidProfile, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
        Assert.Equal(valid, result.Status?.Profile);
        Assert.Equal(valid, (await grain.GetStatusAsync())?.Profile);
        Assert.Equal(before!.Version, (await cluster.Storage.ReadAsync(StateKeyOf("store-4"), CancellationToken.None))!.Version);
        Assert.Equal([valid], (await LocationDirectory(cluster).GetAllAsync()).Select(s => s.Profile));
    }

    [Fact]
    public async Task Define_InvalidFirstProfile_StoresAndListsNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-5");

        var result = await grain.DefineAsync(Store("store-5") with { DailyCapacity = -1 });

        Assert.Equal(LocationError.InvalidProfile, result.Error);
        Assert.Null(result.Status);
        Assert.Null(await grain.GetStatusAsync());
        Assert.Null(await cluster.Storage.ReadAsync(StateKeyOf("store-5"), CancellationToken.None));
        Assert.Empty(await LocationDirectory(cluster).GetAllAsync());
    }

    [Theory]
    [InlineData("name of 200 characters")]
    [InlineData("no capacity")]
    [InlineData("capacity of a million")]
    [InlineData("default position")]
    [InlineData("north-east corner")]
    [InlineData("south-west corner")]
    [InlineData("every capability")]
    [InlineData("no capability")]
    [InlineData("drop-ship vendor")]
    public async Task Define_BoundaryValue_Accepted(string boundary)
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-6");
        var profile = Store("store-6");
        profile = boundary switch
        {
            "name of 200 characters" => profile with { Name = new string('n', 200) },
            "no capacity" => profile with { DailyCapacity = 0 },
            "capacity of a million" => profile with { DailyCapacity = 1_000_000 },
            "default position" => profile with { Position = default },
            "north-east corner" => profile with { Position = GeoPoint.Create(90, 180) },
            "south-west corner" => profile with { Position = GeoPoint.Create(-90, -180) },
            "every capability" => profile with { Capabilities = LocationCapabilities.ShipFrom | LocationCapabilities.Pickup | LocationCapabilities.AcceptsReturns },
            "no capability" => profile with { Capabilities = LocationCapabilities.None },
            "drop-ship vendor" => profile with { Kind = LocationKind.DropShipVendor },
            _ => throw new ArgumentOutOfRangeException(nameof(boundary), boundary, null),
        };

        var result = await grain.DefineAsync(profile);

        Assert.True(result.Accepted, result.Detail);
        Assert.Equal(profile, (await grain.GetStatusAsync())?.Profile);
    }

    [Fact]
    public async Task Operations_NeverDefined_RejectedAsUnknownLocation()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-7");

        var open = await grain.SetOpenAsync(true);
        var claim = await grain.ClaimCapacityAsync(Order("o1"), Today(cluster));
        var release = await grain.ReleaseCapacityAsync(Order("o1"), Today(cluster));

        Assert.All([open, claim, release], result =>
        {
            Assert.Equal(LocationError.UnknownLocation, result.Error);
            Assert.Null(result.Status);
        });
        Assert.Null(await cluster.Storage.ReadAsync(StateKeyOf("store-7"), CancellationToken.None));
    }

    [Fact]
    public async Task SetOpen_Closed_ClaimsRejectedUntilReopened()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-8");
        await grain.DefineAsync(Store("store-8"));

        var close = await grain.SetOpenAsync(false);
        var whileClosed = await grain.ClaimCapacityAsync(Order("o1"), Today(cluster));
        var storedWhileClosed = await StoredAsync(cluster, "store-8");
        var reopen = await grain.SetOpenAsync(true);
        var whileOpen = await grain.ClaimCapacityAsync(Order("o1"), Today(cluster));

        Assert.True(close.Accepted);
        Assert.False(close.Status!.Profile.Open);
        Assert.Equal(LocationError.Closed, whileClosed.Error);
        Assert.Equal(0, whileClosed.Status!.OrdersTaken);
        Assert.False(storedWhileClosed!.Profile!.Open);
        Assert.Empty(storedWhileClosed.Claims);
        Assert.True(reopen.Accepted);
        Assert.True(whileOpen.Accepted);
        Assert.Equal(1, whileOpen.Status!.OrdersTaken);
    }

    [Fact]
    public async Task SetOpen_SameValue_AcceptedWithoutWriting()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-9");
        await grain.DefineAsync(Store("store-9"));
        var before = await cluster.Storage.ReadAsync(StateKeyOf("store-9"), CancellationToken.None);

        var result = await grain.SetOpenAsync(true);

        Assert.True(result.Accepted);
        Assert.True(result.Status!.Profile.Open);
        Assert.Equal(before!.Version, (await cluster.Storage.ReadAsync(StateKeyOf("store-9"), CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task ClaimCapacity_Full_RejectedAsCapacityExhausted()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-10");
        await grain.DefineAsync(Store("store-10", capacity: 2));
        var today = Today(cluster);

        var first = await grain.ClaimCapacityAsync(Order("o1"), today);
        var second = await grain.ClaimCapacityAsync(Order("o2"), today);
        var third = await grain.ClaimCapacityAsync(Order("o3"), today);

        Assert.True(first.Accepted);
        Assert.Equal(1, first.Status!.RemainingCapacity);
        Assert.True(second.Accepted);
        Assert.Equal(LocationError.CapacityExhausted, third.Error);
        Assert.Equal(new LocationStatus(Store("store-10", capacity: 2), today, 2), third.Status);
        Assert.Equal(0, third.Status!.RemainingCapacity);
        Assert.Equal(["o1", "o2"], (await StoredAsync(cluster, "store-10"))!.Claims[today].Select(o => o.Value).Order());
    }

    [Fact]
    public async Task ClaimCapacity_NoDailyCapacity_RejectedAsCapacityExhausted()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-11");
        await grain.DefineAsync(Store("store-11", capacity: 0));

        var result = await grain.ClaimCapacityAsync(Order("o1"), Today(cluster));

        Assert.Equal(LocationError.CapacityExhausted, result.Error);
    }

    [Fact]
    public async Task ClaimCapacity_SameOrderAndDayAgain_SucceedsWithoutTakingMoreOrWriting()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-12");
        await grain.DefineAsync(Store("store-12", capacity: 1));
        var today = Today(cluster);
        await grain.ClaimCapacityAsync(Order("o1"), today);
        var before = await cluster.Storage.ReadAsync(StateKeyOf("store-12"), CancellationToken.None);

        var repeat = await grain.ClaimCapacityAsync(Order("o1"), today);
        await grain.SetOpenAsync(false);
        var repeatWhileClosed = await grain.ClaimCapacityAsync(Order("o1"), today);

        Assert.True(repeat.Accepted);
        Assert.Equal(1, repeat.Status!.OrdersTaken);
        Assert.True(repeatWhileClosed.Accepted);
        Assert.Equal(1, repeatWhileClosed.Status!.OrdersTaken);
        Assert.Equal(before!.Version + 1, (await cluster.Storage.ReadAsync(StateKeyOf("store-12"), CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task ClaimCapacity_SameOrderOnAnotherDay_TakesThatDaysCapacity()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-13");
        await grain.DefineAsync(Store("store-13", capacity: 1));
        var today = Today(cluster);

        await grain.ClaimCapacityAsync(Order("o1"), today);
        var tomorrow = await grain.ClaimCapacityAsync(Order("o1"), today.AddDays(1));
        var otherTomorrow = await grain.ClaimCapacityAsync(Order("o2"), today.AddDays(1));

        Assert.True(tomorrow.Accepted);
        Assert.Equal(new LocationStatus(Store("store-13", capacity: 1), today.AddDays(1), 1), tomorrow.Status);
        Assert.Equal(LocationError.CapacityExhausted, otherTomorrow.Error);
        Assert.Equal(1, (await grain.GetStatusAsync())!.OrdersTaken);
    }

    [Fact]
    public async Task ClaimCapacity_ManyConcurrentOrders_NeverTakesMoreThanCapacity()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-14");
        await grain.DefineAsync(Store("store-14", capacity: 5));
        var today = Today(cluster);

        // Orders o0..o9 each claim twice: the repeats must neither take capacity nor fail.
        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => grain.ClaimCapacityAsync(Order($"o{i % 10}"), today).AsTask()));

        var accepted = results.Where(r => r.Accepted).ToList();
        Assert.All(results.Where(r => !r.Accepted), r => Assert.Equal(LocationError.CapacityExhausted, r.Error));
        Assert.Equal(5, (await grain.GetStatusAsync())!.OrdersTaken);
        Assert.Equal(5, (await StoredAsync(cluster, "store-14"))!.Claims[today].Count);
        Assert.InRange(accepted.Count, 5, 10);
        Assert.Equal(5, (await LocationDirectory(cluster).GetAllAsync()).Single().OrdersTaken);
    }

    [Fact]
    public async Task ReleaseCapacity_ClaimedOrder_GivesTheCapacityBack()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-15");
        await grain.DefineAsync(Store("store-15", capacity: 1));
        var today = Today(cluster);
        await grain.ClaimCapacityAsync(Order("o1"), today);

        var release = await grain.ReleaseCapacityAsync(Order("o1"), today);
        var other = await grain.ClaimCapacityAsync(Order("o2"), today);

        Assert.True(release.Accepted);
        Assert.Equal(0, release.Status!.OrdersTaken);
        Assert.True(other.Accepted);
        Assert.Equal(["o2"], (await StoredAsync(cluster, "store-15"))!.Claims[today].Select(o => o.Value));
    }

    [Fact]
    public async Task ReleaseCapacity_WithoutClaim_AcceptedAndChangesNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-16");
        await grain.DefineAsync(Store("store-16", capacity: 3));
        var today = Today(cluster);
        await grain.ClaimCapacityAsync(Order("o1"), today);
        var before = await cluster.Storage.ReadAsync(StateKeyOf("store-16"), CancellationToken.None);

        var otherOrder = await grain.ReleaseCapacityAsync(Order("o2"), today);
        var otherDay = await grain.ReleaseCapacityAsync(Order("o1"), today.AddDays(1));

        Assert.True(otherOrder.Accepted);
        Assert.Equal(1, otherOrder.Status!.OrdersTaken);
        Assert.True(otherDay.Accepted);
        Assert.Equal(0, otherDay.Status!.OrdersTaken);
        Assert.Equal(1, (await grain.GetStatusAsync())!.OrdersTaken);
        Assert.Equal(before!.Version, (await cluster.Storage.ReadAsync(StateKeyOf("store-16"), CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task GetStatus_NextDay_CapacityResetsOnTheClock()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-17");
        await grain.DefineAsync(Store("store-17", capacity: 1));
        var firstDay = Today(cluster);
        await grain.ClaimCapacityAsync(Order("o1"), firstDay);
        var full = await grain.ClaimCapacityAsync(Order("o2"), firstDay);

        cluster.TimeProvider.Advance(TimeSpan.FromDays(1));
        var status = await grain.GetStatusAsync();
        var nextDay = await grain.ClaimCapacityAsync(Order("o2"), Today(cluster));

        Assert.Equal(LocationError.CapacityExhausted, full.Error);
        Assert.Equal(new LocationStatus(Store("store-17", capacity: 1), firstDay.AddDays(1), 0), status);
        Assert.True(nextDay.Accepted);
        Assert.Equal(firstDay.AddDays(1), nextDay.Status!.Day);
    }

    [Fact]
    public async Task ClaimCapacity_Yesterday_AcceptedButDayBeforeRejected()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-18");
        await grain.DefineAsync(Store("store-18"));
        var today = Today(cluster);

        var yesterday = await grain.ClaimCapacityAsync(Order("o1"), today.AddDays(-1));
        var dayBefore = await grain.ClaimCapacityAsync(Order("o2"), today.AddDays(-2));

        Assert.True(yesterday.Accepted);
        Assert.Equal(LocationError.CapacityExhausted, dayBefore.Error);
        Assert.Contains("is over", dayBefore.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(today.AddDays(-2), (await StoredAsync(cluster, "store-18"))!.Claims.Keys);
    }

    [Fact]
    public async Task ClaimCapacity_TwoDaysLater_ClaimsBeforeYesterdayArePrunedFromState()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-19");
        await grain.DefineAsync(Store("store-19"));
        var firstDay = Today(cluster);
        await grain.ClaimCapacityAsync(Order("o1"), firstDay);
        await grain.ClaimCapacityAsync(Order("o2"), firstDay.AddDays(1));

        cluster.TimeProvider.Advance(TimeSpan.FromDays(2));
        await grain.ClaimCapacityAsync(Order("o3"), Today(cluster));
        var releaseOfPruned = await grain.ReleaseCapacityAsync(Order("o1"), firstDay);

        Assert.Equal([firstDay.AddDays(1), firstDay.AddDays(2)], (await StoredAsync(cluster, "store-19"))!.Claims.Keys.Order());
        Assert.True(releaseOfPruned.Accepted);
        Assert.Equal(0, releaseOfPruned.Status!.OrdersTaken);
    }

    [Fact]
    public async Task ClaimCapacity_DefaultOrderId_ThrowsArgumentException()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ILocationGrain>("store-20");
        await grain.DefineAsync(Store("store-20"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => grain.ClaimCapacityAsync(default, Today(cluster)).AsTask());

        Assert.Contains("order id", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await grain.GetStatusAsync())!.OrdersTaken);
    }

    [Fact]
    public async Task Activate_InvalidKey_CallFailsWithClearError()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.GetGrain<ILocationGrain>("store 1").GetStatusAsync().AsTask());

        Assert.Contains("not a location id", error.Message, StringComparison.Ordinal);
    }

    internal static LocationProfile Store(string id, int capacity = 10, bool open = true) =>
        new(LocationId.Parse(id), $"Store {id}", LocationKind.Store, GeoPoint.Create(48.8566, 2.3522), LocationCapabilities.ShipFrom | LocationCapabilities.Pickup, capacity, open);

    internal static OrderId Order(string id) => OrderId.Parse(id);

    internal static DateOnly Today(TestCluster cluster) => DateOnly.FromDateTime(cluster.TimeProvider.GetUtcNow().UtcDateTime);

    internal static ILocationDirectoryGrain LocationDirectory(TestCluster cluster) => cluster.Client.GetGrain<ILocationDirectoryGrain>(ILocationDirectoryGrain.Key);

    internal static StateKey StateKeyOf(string id) => new("location", id, LocationState.StateName);

    internal static async Task<LocationState?> StoredAsync(TestCluster cluster, string id) =>
        await cluster.Storage.ReadAsync(StateKeyOf(id), CancellationToken.None) is { Data: { } data }
            ? Codec<LocationState>.Read(new WireReader(data))
            : null;

    private static LocationProfile? Break(LocationProfile valid, string rule) => rule switch
    {
        "null profile" => null,
        "id not the key" => valid with { Id = LocationId.Parse("store-other") },
        "default id" => valid with { Id = default },
        "empty name" => valid with { Name = string.Empty },
        "white space name" => valid with { Name = " \t " },
        "name of 201 characters" => valid with { Name = new string('n', 201) },
        "control character in name" => valid with { Name = "Store\u0007" },
        "negative capacity" => valid with { DailyCapacity = -1 },
        "capacity over a million" => valid with { DailyCapacity = 1_000_001 },
        "latitude over 90" => valid with { Position = valid.Position with { Latitude = 90.000001 } },
        "latitude under -90" => valid with { Position = valid.Position with { Latitude = -91 } },
        "latitude not a number" => valid with { Position = valid.Position with { Latitude = double.NaN } },
        "longitude over 180" => valid with { Position = valid.Position with { Longitude = 180.5 } },
        "longitude infinite" => valid with { Position = valid.Position with { Longitude = double.NegativeInfinity } },
        "undefined kind" => valid with { Kind = (LocationKind)42 },
        "undefined capability" => valid with { Capabilities = LocationCapabilities.ShipFrom | (LocationCapabilities)8 },
        "negative capabilities" => valid with { Capabilities = (LocationCapabilities)(-1) },
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
