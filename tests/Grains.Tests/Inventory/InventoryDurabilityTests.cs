using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Inventory.Events;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Storage;

namespace Grid.Grains.Tests.Inventory;

/// <summary>What an inventory grain acknowledged survives a restart of the whole cluster over the same SQLite file.</summary>
public sealed class InventoryDurabilityTests : IDisposable
{
    private static readonly ChannelId Web = ChannelId.Parse("web");
    private readonly string _directory = Directory.CreateTempSubdirectory("grid-inventory-restart-").FullName;

    private string Database => Path.Combine(_directory, "grid.db");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Restart_AfterAcceptedCommands_StateAndIdempotencyAreRecoveredFromTheJournal()
    {
        var reserve = new ReserveStock(IdempotencyKey.Parse("k1"), ReservationId.Parse("r1"), 3, Web, "cart-1", TimeSpan.FromMinutes(30));
        InventoryResult first;
        await using (var before = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System)))
        {
            var grain = before.Client.GetGrain<IInventoryGrain>("sku-9@store-1");
            await grain.SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("count"), 10, "cycle count"));
            first = await grain.ReserveAsync(reserve);
            await grain.CommitAsync(new CommitReservation(IdempotencyKey.Parse("k2"), ReservationId.Parse("r1"), OrderId.Parse("o1")));
        }

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System));
        var restarted = after.Client.GetGrain<IInventoryGrain>("sku-9@store-1");

        var availability = await restarted.GetAvailabilityAsync();
        var replay = await restarted.ReserveAsync(reserve);
        var reused = await restarted.ReserveAsync(reserve with { Quantity = 1 });
        Assert.Equal(10, availability.OnHand);
        Assert.Equal(3, availability.Allocated);
        Assert.Equal(7, availability.AvailableToSell);
        Assert.Equal(first with { Replayed = true, Availability = replay.Availability }, replay);
        Assert.Equal(InventoryError.IdempotencyKeyReused, reused.Error);
    }

    [Fact]
    public async Task RingFencedPool_OtherChannelsCannotTakeItAndItSurvivesARestart()
    {
        var marketplace = ChannelId.Parse("marketplace");
        await using (var before = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System)))
        {
            var grain = before.Client.GetGrain<IInventoryGrain>("sku-12@store-1");
            await grain.SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("count"), 10, "cycle count"));
            var pooled = await grain.SetPoolAsync(new SetPool(IdempotencyKey.Parse("pool"), marketplace, 4));
            var webTooMuch = await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse("w1"), ReservationId.Parse("w1"), 7, Web, "cart", TimeSpan.FromHours(1)));
            var webFits = await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse("w2"), ReservationId.Parse("w2"), 6, Web, "cart", TimeSpan.FromHours(1)));
            var marketplaceTakesPool = await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse("m1"), ReservationId.Parse("m1"), 3, marketplace, "order", TimeSpan.FromHours(1)));

            Assert.True(pooled.Accepted);
            Assert.Equal(6, pooled.Availability.AvailableToSell);
            Assert.Equal(10, pooled.Availability.AvailableTo(marketplace));
            Assert.Equal(InventoryError.InsufficientStock, webTooMuch.Error);
            Assert.True(webFits.Accepted);
            Assert.Equal((0, 4), (webFits.Availability.AvailableToSell, webFits.Availability.AvailableTo(marketplace)));
            Assert.True(marketplaceTakesPool.Accepted);
            Assert.Equal(1, marketplaceTakesPool.Availability.AvailableTo(marketplace));
        }

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System));
        var availability = await after.Client.GetGrain<IInventoryGrain>("sku-12@store-1").GetAvailabilityAsync();
        Assert.Equal(0, availability.AvailableToSell);
        Assert.Equal(1, availability.AvailableTo(marketplace));
        Assert.Equal(4, Assert.Single(availability.Pools!).Size);
    }

    [Fact]
    public async Task Restart_AfterSnapshot_RecoversFromSnapshotAndJournal()
    {
        const int reservations = 1_500;
        var storage = new AppendHookStorage(new SqliteGrainStorage(Database, TimeProvider.System));
        var snapshotWritten = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        storage.AfterWrite = key =>
        {
            if (key.GrainKey == "sku-10@store-1")
            {
                snapshotWritten.TrySetResult();
            }
        };
        await using (var before = await GrainsCluster.StartAsync(storage, siloCount: 1))
        {
            var grain = before.Client.GetGrain<IInventoryGrain>("sku-10@store-1");
            await ReserveOneEachAsync(grain, reservations);

            // The journal has outgrown the (empty) snapshot; a quiet grain snapshots a second later.
            before.TimeProvider.Advance(TimeSpan.FromSeconds(1));
            await snapshotWritten.Task.WaitAsync(GrainsCluster.Patience);
            await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse("after-snapshot"), ReservationId.Parse("late"), 2, Web, "cart", TimeSpan.FromHours(2)));
        }

        var (snapshot, journal) = await ReadStoredAsync("sku-10@store-1");
        Assert.NotNull(snapshot?.Data);
        Assert.Single(journal);

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System), siloCount: 1);
        var availability = await after.Client.GetGrain<IInventoryGrain>("sku-10@store-1").GetAvailabilityAsync();
        Assert.Equal(reservations + 2, availability.Reserved);
        Assert.Equal(8, availability.AvailableToSell);
    }

    [Fact]
    public async Task Deactivation_SnapshotStillWaitingForAQuietMoment_IsTakenBeforeTheGrainGoes()
    {
        const int reservations = 1_500;
        await using (var before = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System), siloCount: 1))
        {
            // The clock never moves: the snapshot the quiet grain arranged is still waiting when the silo stops.
            await ReserveOneEachAsync(before.Client.GetGrain<IInventoryGrain>("sku-13@store-1"), reservations);
        }

        var (snapshot, journal) = await ReadStoredAsync("sku-13@store-1");
        Assert.NotNull(snapshot?.Data);
        Assert.Empty(journal);

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System), siloCount: 1);
        var availability = await after.Client.GetGrain<IInventoryGrain>("sku-13@store-1").GetAvailabilityAsync();
        Assert.Equal(reservations, availability.Reserved);
        Assert.Equal(10, availability.AvailableToSell);
    }

    private static async Task ReserveOneEachAsync(IInventoryGrain grain, int reservations)
    {
        await grain.SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("count"), reservations + 10, "cycle count"));
        await Task.WhenAll(Enumerable.Range(0, reservations).Select(i =>
            grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse($"k{i}"), ReservationId.Parse($"r{i}"), 1, Web, "cart", TimeSpan.FromHours(2))).AsTask()));
    }

    private async Task<(StoredState? Snapshot, IReadOnlyList<JournalSegment> Journal)> ReadStoredAsync(string grainKey)
    {
        var key = new StateKey("inventory", grainKey, "inventory");
        await using var storage = new SqliteGrainStorage(Database, TimeProvider.System);
        await storage.InitializeAsync(CancellationToken.None);
        // A snapshot truncates the journal through its position: what is left came after it.
        return (await storage.ReadAsync(key, CancellationToken.None), await storage.ReadJournalAsync(key, 0, CancellationToken.None));
    }

    [Fact]
    public async Task Restart_HoldDueWhileDown_ExpiresThroughTheDurableReminder()
    {
        await using (var before = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System), siloCount: 1))
        {
            var grain = before.Client.GetGrain<IInventoryGrain>("sku-11@store-1");
            await grain.SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("count"), 5, "cycle count"));
            await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse("k1"), ReservationId.Parse("r1"), 2, Web, "cart-1", TimeSpan.FromMinutes(5)));
        }

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System), siloCount: 1);
        using var subscription = after.Events(0).Subscribe();

        // Nobody calls the grain: the reminder activates it, and its timer releases the hold when due.
        for (var minute = 0; minute < 6; minute++)
        {
            after.TimeProvider.Advance(TimeSpan.FromMinutes(1));
        }

        using var timeout = new CancellationTokenSource(GrainsCluster.Patience);
        ReservationExpired? expired = null;
        while (expired is null)
        {
            expired = await subscription.Events.ReadAsync(timeout.Token) as ReservationExpired;
        }

        Assert.Equal("r1", expired.Reservation.Id.Value);
        Assert.Equal(5, (await after.Client.GetGrain<IInventoryGrain>("sku-11@store-1").GetAvailabilityAsync()).AvailableToSell);
    }

    [Fact]
    public async Task Restart_HoldExpiringInAnHour_ReminderWaitsInTheTableAndStillReleasesIt()
    {
        var expiresAt = DateTimeOffset.MinValue;
        await using (var before = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System), siloCount: 1))
        {
            var grain = before.Client.GetGrain<IInventoryGrain>("sku-12@store-1");
            await grain.SetOnHandAsync(new SetOnHand(IdempotencyKey.Parse("count"), 5, "cycle count"));
            var held = await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse("k1"), ReservationId.Parse("r1"), 2, Web, "cart-1", TimeSpan.FromHours(1)));
            await grain.ReserveAsync(new ReserveStock(IdempotencyKey.Parse("k2"), ReservationId.Parse("r2"), 1, Web, "cart-2", TimeSpan.FromHours(2)));
            expiresAt = held.ExpiresAt!.Value;

            // Registered for the earliest expiry, an hour away: beyond the silo's horizon, so only the table holds it.
            Assert.Equal(0, before.Silos[0].ScheduledReminderCount);
        }

        await using var after = await GrainsCluster.StartAsync(new SqliteGrainStorage(Database, TimeProvider.System), siloCount: 1);
        using var subscription = after.Events(0).Subscribe();
        Assert.Equal(0, after.Silos[0].ScheduledReminderCount);
        Assert.Equal(0, after.ActivationCount);

        // Nobody calls the grain: a table scan brings the reminder in, it activates the grain, and the hold is released.
        await after.AdvanceAsync(TimeSpan.FromMinutes(61), TimeSpan.FromMinutes(1));

        using var timeout = new CancellationTokenSource(GrainsCluster.Patience);
        ReservationExpired? expired = null;
        while (expired is null)
        {
            expired = await subscription.Events.ReadAsync(timeout.Token) as ReservationExpired;
        }

        Assert.Equal("r1", expired.Reservation.Id.Value);
        Assert.Equal(expiresAt, expired.Reservation.ExpiresAt);
        var grainAfter = after.Client.GetGrain<IInventoryGrain>("sku-12@store-1");
        Assert.Equal(4, (await grainAfter.GetAvailabilityAsync()).AvailableToSell);
        Assert.Single(await grainAfter.GetReservationsAsync());
    }
}
