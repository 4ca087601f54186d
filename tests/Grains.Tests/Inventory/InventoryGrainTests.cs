using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Inventory.Events;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Storage;

namespace Grid.Grains.Tests.Inventory;

public sealed class InventoryGrainTests
{
    private static readonly ChannelId Web = ChannelId.Parse("web");

    [Fact]
    public async Task Reserve_Accepted_IsDurableAndReplaysWithoutChange()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IInventoryGrain>("sku-1@store-1");
        await grain.SetOnHandAsync(new SetOnHand(Key("count"), 10, "cycle count"));
        var reserve = new ReserveStock(Key("r1"), ReservationId.Parse("r1"), 3, Web, "cart-1", TimeSpan.FromMinutes(10));

        var first = await grain.ReserveAsync(reserve);
        var replay = await grain.ReserveAsync(reserve);
        var reused = await grain.ReserveAsync(reserve with { Quantity = 4 });

        Assert.True(first.Accepted);
        Assert.Equal(7, first.Availability.AvailableToSell);
        Assert.Equal(first with { Replayed = true, Availability = replay.Availability }, replay);
        Assert.Equal(InventoryError.IdempotencyKeyReused, reused.Error);
        Assert.Equal(7, (await grain.GetAvailabilityAsync()).AvailableToSell);
        var stored = await StoredAsync(cluster.Storage, "sku-1@store-1");
        Assert.Equal(3, stored.Reserved);
        Assert.Single(stored.Reservations);
    }

    [Fact]
    public async Task Reserve_Rejected_WritesNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<IInventoryGrain>("sku-2@store-1");
        await grain.SetOnHandAsync(new SetOnHand(Key("count"), 2, "cycle count"));
        var journalBefore = await cluster.Storage.ReadJournalAsync(StateKeyOf("sku-2@store-1"), 0, CancellationToken.None);

        var tooMany = await grain.ReserveAsync(new ReserveStock(Key("r1"), ReservationId.Parse("r1"), 3, Web, "cart-1", TimeSpan.FromMinutes(10)));
        var invalid = await grain.ReserveAsync(new ReserveStock(Key("r2"), ReservationId.Parse("r2"), 0, Web, "cart-1", TimeSpan.FromMinutes(10)));

        Assert.Equal(InventoryError.InsufficientStock, tooMany.Error);
        Assert.Equal(InventoryError.InvalidQuantity, invalid.Error);
        Assert.Equal(journalBefore.Count, (await cluster.Storage.ReadJournalAsync(StateKeyOf("sku-2@store-1"), 0, CancellationToken.None)).Count);
    }

    [Fact]
    public async Task Hold_NobodyCalls_ExpiresOnTimeDurablyWithAnEvent()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        using var subscription = cluster.Events(0).Subscribe();
        var grain = cluster.Client.GetGrain<IInventoryGrain>("sku-3@store-1");
        await grain.SetOnHandAsync(new SetOnHand(Key("count"), 5, "cycle count"));
        await grain.ReserveAsync(new ReserveStock(Key("r1"), ReservationId.Parse("r1"), 2, Web, "cart-1", TimeSpan.FromSeconds(90)));

        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(91));

        var expired = await NextAsync<ReservationExpired>(subscription);
        Assert.Equal("r1", expired.Reservation.Id.Value);
        Assert.Equal(5, (await grain.GetAvailabilityAsync()).AvailableToSell);
        Assert.Empty((await StoredAsync(cluster.Storage, "sku-3@store-1")).Reservations);
    }

    [Fact]
    public async Task PhysicalShrink_BelowCommitted_RaisesShortageNamingUncoveredHolds()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        using var subscription = cluster.Events(0).Subscribe();
        var grain = cluster.Client.GetGrain<IInventoryGrain>("sku-4@store-1");
        await grain.SetOnHandAsync(new SetOnHand(Key("count"), 4, "cycle count"));
        await grain.ReserveAsync(new ReserveStock(Key("r1"), ReservationId.Parse("r1"), 2, Web, "cart-1", TimeSpan.FromMinutes(10)));
        cluster.TimeProvider.Advance(TimeSpan.FromSeconds(1));
        await grain.ReserveAsync(new ReserveStock(Key("r2"), ReservationId.Parse("r2"), 2, Web, "cart-2", TimeSpan.FromMinutes(10)));

        var shrink = await grain.AdjustAsync(new AdjustStock(Key("shrink"), -3, "shrink"));

        Assert.True(shrink.Accepted);
        var shortage = await NextAsync<ShortageDetected>(subscription);
        Assert.Equal(3, shortage.Shortfall);
        Assert.Equal(["r1", "r2"], shortage.AffectedReservations);
        Assert.Equal(0, shortage.Availability.AvailableToSell);
    }

    [Fact]
    public async Task Reserve_Accepted_PublishesTheAvailabilityChangeStampedWhenItBecameDurable()
    {
        var storage = new AppendHookStorage();
        await using var cluster = await GrainsCluster.StartAsync(storage, siloCount: 1);
        var commit = TimeSpan.FromSeconds(2);
        storage.BeforeAppend = _ => cluster.TimeProvider.Advance(commit);
        using var subscription = cluster.Events(0).Subscribe();
        var grain = cluster.Client.GetGrain<IInventoryGrain>("sku-5@store-1");
        await grain.SetOnHandAsync(new SetOnHand(Key("count"), 5, "cycle count"));
        await NextAsync<AvailabilityChanged>(subscription);
        var decided = cluster.TimeProvider.GetUtcNow();

        await grain.ReserveAsync(new ReserveStock(Key("r1"), ReservationId.Parse("r1"), 2, Web, "cart-1", TimeSpan.FromMinutes(10)));

        var changed = await NextAsync<AvailabilityChanged>(subscription);
        Assert.Equal(3, changed.Availability.AvailableToSell);
        Assert.Equal(decided + commit, changed.At);
    }

    [Fact]
    public async Task Activate_InvalidKey_CallFailsWithClearError()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.GetGrain<IInventoryGrain>("no-location").GetAvailabilityAsync().AsTask());

        Assert.Contains("sku@location", error.Message, StringComparison.Ordinal);
    }

    internal static IdempotencyKey Key(string text) => IdempotencyKey.Parse(text);

    internal static StateKey StateKeyOf(string inventoryKey) => new("inventory", inventoryKey, "inventory");

    internal static Task<InventoryState> StoredAsync(IGrainStorage storage, string inventoryKey) =>
        InventoryDurableState.ReadAsync(storage, InventoryKey.Parse(inventoryKey));

    private static async Task<T> NextAsync<T>(InventoryEventSubscription subscription)
    {
        using var timeout = new CancellationTokenSource(GrainsCluster.Patience);
        while (true)
        {
            if (await subscription.Events.ReadAsync(timeout.Token) is T match)
            {
                return match;
            }
        }
    }
}
