using Grid.Grains.Channels;
using Grid.Grains.Ids;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Storage;

namespace Grid.Grains.Tests.Channels;

public sealed class ChannelGrainTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("grid-channel-restart-").FullName;

    private string Database => Path.Combine(_directory, "grid.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Define_ValidProfile_IsDurableAndReturnedByGet()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IChannelGrain>("web");
        var profile = Web("web");

        var result = await grain.DefineAsync(profile);

        Assert.True(result.Accepted);
        Assert.Null(result.Detail);
        AssertSame(profile, result.Profile);
        AssertSame(profile, await grain.GetAsync());
        Assert.NotNull(await cluster.Storage.ReadAsync(StateKeyOf("web"), CancellationToken.None));
    }

    [Fact]
    public async Task Get_NeverDefined_ReturnsNullAndStoresNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync();

        var profile = await cluster.Client.GetGrain<IChannelGrain>("app").GetAsync();

        Assert.Null(profile);
        Assert.Null(await cluster.Storage.ReadAsync(StateKeyOf("app"), CancellationToken.None));
    }

    [Fact]
    public async Task Define_Again_ReplacesTheProfile()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IChannelGrain>("web");
        await grain.DefineAsync(Web("web"));
        var changed = Web("web") with { Name = "Web shop (EU)", Locations = [Location("dc-1")], Reserve = ReservePolicy.AtAddToCart, MaxSplit = 1 };

        var result = await grain.DefineAsync(changed);

        Assert.True(result.Accepted);
        AssertSame(changed, await grain.GetAsync());
    }

    [Theory]
    [InlineData("null profile")]
    [InlineData("id not the key")]
    [InlineData("default id")]
    [InlineData("empty name")]
    [InlineData("white space name")]
    [InlineData("name of 201 characters")]
    [InlineData("null locations")]
    [InlineData("no locations")]
    [InlineData("10,001 locations")]
    [InlineData("duplicate location")]
    [InlineData("default location id")]
    [InlineData("negative safety stock")]
    [InlineData("safety stock over a million")]
    [InlineData("undefined reserve policy")]
    [InlineData("cart hold under a second")]
    [InlineData("cart hold over 30 days")]
    [InlineData("checkout hold zero")]
    [InlineData("checkout hold negative")]
    [InlineData("checkout hold over 30 days")]
    [InlineData("max split zero")]
    [InlineData("max split 11")]
    public async Task Define_ProfileBreaksARule_RejectedAndNothingChanges(string rule)
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IChannelGrain>("web");
        var valid = Web("web");
        await grain.DefineAsync(valid);
        var before = await cluster.Storage.ReadAsync(StateKeyOf("web"), CancellationToken.None);

        var result = await grain.DefineAsync(Break(valid, rule)!);

        Assert.Equal(ChannelError.InvalidProfile, result.Error);
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
        AssertSame(valid, result.Profile);
        AssertSame(valid, await grain.GetAsync());
        Assert.Equal(before!.Version, (await cluster.Storage.ReadAsync(StateKeyOf("web"), CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task Define_InvalidFirstProfile_StoresNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IChannelGrain>("app");

        var result = await grain.DefineAsync(Web("app") with { MaxSplit = 0 });

        Assert.Equal(ChannelError.InvalidProfile, result.Error);
        Assert.Null(result.Profile);
        Assert.Null(await grain.GetAsync());
        Assert.Null(await cluster.Storage.ReadAsync(StateKeyOf("app"), CancellationToken.None));
    }

    [Theory]
    [InlineData("name of 200 characters")]
    [InlineData("one location")]
    [InlineData("10,000 locations")]
    [InlineData("no safety stock")]
    [InlineData("safety stock of a million")]
    [InlineData("holds of one second")]
    [InlineData("holds of 30 days")]
    [InlineData("max split 1")]
    [InlineData("max split 10")]
    public async Task Define_BoundaryValue_Accepted(string boundary)
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<IChannelGrain>("pos");
        var profile = Web("pos");
        profile = boundary switch
        {
            "name of 200 characters" => profile with { Name = new string('n', 200) },
            "one location" => profile with { Locations = [Location("store-1")] },
            "10,000 locations" => profile with { Locations = Locations(10_000) },
            "no safety stock" => profile with { SafetyStock = 0 },
            "safety stock of a million" => profile with { SafetyStock = 1_000_000 },
            "holds of one second" => profile with { CartHold = TimeSpan.FromSeconds(1), CheckoutHold = TimeSpan.FromSeconds(1) },
            "holds of 30 days" => profile with { CartHold = TimeSpan.FromDays(30), CheckoutHold = TimeSpan.FromDays(30) },
            "max split 1" => profile with { MaxSplit = 1 },
            "max split 10" => profile with { MaxSplit = 10 },
            _ => throw new ArgumentOutOfRangeException(nameof(boundary), boundary, null),
        };

        var result = await grain.DefineAsync(profile);

        Assert.True(result.Accepted, result.Detail);
        AssertSame(profile, await grain.GetAsync());
    }

    [Fact]
    public async Task Restart_AfterDefine_ProfileIsRecovered()
    {
        var profile = Web("web") with { Locations = Locations(500), Reserve = ReservePolicy.AtAddToCart };
        await using (var before = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System)))
        {
            Assert.True((await before.Client.GetGrain<IChannelGrain>("web").DefineAsync(profile)).Accepted);
        }

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System));

        AssertSame(profile, await after.Client.GetGrain<IChannelGrain>("web").GetAsync());
    }

    [Fact]
    public async Task Activate_InvalidKey_CallFailsWithClearError()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.GetGrain<IChannelGrain>("web shop").GetAsync().AsTask());

        Assert.Contains("not a channel id", error.Message, StringComparison.Ordinal);
    }

    private static ChannelProfile Web(string id) => new(
        ChannelId.Parse(id),
        "Web shop",
        [Location("store-1"), Location("store-2"), Location("dc-1")],
        SafetyStock: 2,
        ReservePolicy.AtCheckout,
        CartHold: TimeSpan.FromMinutes(30),
        CheckoutHold: TimeSpan.FromMinutes(10),
        MaxSplit: 3);

    private static LocationId Location(string id) => LocationId.Parse(id);

    private static LocationId[] Locations(int count) => [.. Enumerable.Range(0, count).Select(i => Location($"loc-{i}"))];

    private static StateKey StateKeyOf(string id) => new("channel", id, "channel");

    /// <summary>Records compare lists by reference, so the locations are compared item by item.</summary>
    private static void AssertSame(ChannelProfile expected, ChannelProfile? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Locations, actual.Locations);
        Assert.Equal(expected, actual with { Locations = expected.Locations });
    }

    private static ChannelProfile? Break(ChannelProfile valid, string rule) => rule switch
    {
        "null profile" => null,
        "id not the key" => valid with { Id = ChannelId.Parse("app") },
        "default id" => valid with { Id = default },
        "empty name" => valid with { Name = string.Empty },
        "white space name" => valid with { Name = "   " },
        "name of 201 characters" => valid with { Name = new string('n', 201) },
        "null locations" => valid with { Locations = null! },
        "no locations" => valid with { Locations = [] },
        "10,001 locations" => valid with { Locations = Locations(10_001) },
        "duplicate location" => valid with { Locations = [Location("store-1"), Location("dc-1"), Location("store-1")] },
        "default location id" => valid with { Locations = [Location("store-1"), default] },
        "negative safety stock" => valid with { SafetyStock = -1 },
        "safety stock over a million" => valid with { SafetyStock = 1_000_001 },
        "undefined reserve policy" => valid with { Reserve = (ReservePolicy)7 },
        "cart hold under a second" => valid with { CartHold = TimeSpan.FromMilliseconds(999) },
        "cart hold over 30 days" => valid with { CartHold = TimeSpan.FromDays(30) + TimeSpan.FromTicks(1) },
        "checkout hold zero" => valid with { CheckoutHold = TimeSpan.Zero },
        "checkout hold negative" => valid with { CheckoutHold = TimeSpan.FromMinutes(-5) },
        "checkout hold over 30 days" => valid with { CheckoutHold = TimeSpan.FromDays(31) },
        "max split zero" => valid with { MaxSplit = 0 },
        "max split 11" => valid with { MaxSplit = 11 },
        _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, null),
    };
}
