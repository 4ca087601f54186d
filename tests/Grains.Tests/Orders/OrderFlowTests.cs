using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Locations;
using Grid.Grains.Orders;
using Grid.Grains.Orders.Commands;
using Grid.Grains.Sourcing;
using Grid.Grains.Tests.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Grid.Grains.Tests.Orders;

/// <summary>Each order flow end to end on a test cluster: sourcing, the saga, the state machine and the stock it moves.</summary>
public sealed class OrderFlowTests
{
    private static readonly ChannelId Web = ChannelId.Parse("web");

    [Fact]
    public async Task ShipOrder_ReleasedPickedShippedDelivered_StockLeavesTheNearestStoreThatHasIt()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 1);
        await world.StockAsync("tee", "store-2", 5);
        await world.StockAsync("tee", "store-3", 5);
        var order = cluster.Client.GetGrain<IOrderGrain>("order-ship");

        var placed = await order.PlaceAsync(Ship("place", ("tee", 2)));
        var released = await order.ReleaseAsync(new OrderStep(Key("release")));
        var picked = await order.PickAsync(new LocationStep(Key("pick"), LocationId.Parse("store-2")));
        var shipped = await order.ShipAsync(new LocationStep(Key("ship"), LocationId.Parse("store-2")));
        var delivered = await order.ConfirmDeliveryAsync(new OrderStep(Key("deliver")));

        Assert.True(placed.Accepted, placed.Detail);
        var leg = Assert.Single(placed.Order!.Legs);
        Assert.Equal("store-2", leg.Location.Value);
        Assert.Equal(OrderStatus.Sourced, placed.Order.Status);
        Assert.Equal(SourcingRule.SingleLocation, placed.Order.Plan!.Rule);
        Assert.Contains(placed.Order.Plan.Rejections, r => r.Location.Value == "store-1" && r.Reason == RejectionReason.InsufficientStock);
        Assert.Equal([OrderStatus.Released, OrderStatus.Picked, OrderStatus.Shipped, OrderStatus.Delivered], new[] { released, picked, shipped, delivered }.Select(r => r.Order!.Status));
        var store2 = await world.AvailabilityAsync("tee", "store-2");
        Assert.Equal((3, 0, 0, 3), (store2.OnHand, store2.Reserved, store2.Allocated, store2.AvailableToSell));
        Assert.Equal(5, (await world.AvailabilityAsync("tee", "store-3")).OnHand);
        Assert.Equal(["placed", "sourced", "released", "picked", "shipped", "delivered"], delivered.Order!.History.Select(e => e.Kind));
    }

    [Fact]
    public async Task PickupOrder_ReadyAndCollected_FulfilledAtTheChosenStoreOnly()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("mug", "store-1", 10);
        await world.StockAsync("mug", "store-4", 2);
        var order = cluster.Client.GetGrain<IOrderGrain>("order-bopis");

        var placed = await order.PlaceAsync(Pickup("place", "store-4", ("mug", 2)));
        await order.ReleaseAsync(new OrderStep(Key("release")));
        await order.PickAsync(new LocationStep(Key("pick"), LocationId.Parse("store-4")));
        var ready = await order.ReadyForPickupAsync(new OrderStep(Key("ready")));
        var collected = await order.ConfirmPickupAsync(new OrderStep(Key("collected")));

        Assert.True(placed.Accepted, placed.Detail);
        Assert.Equal("store-4", Assert.Single(placed.Order!.Legs).Location.Value);
        Assert.Equal(OrderStatus.ReadyForPickup, ready.Order!.Status);
        Assert.Equal(OrderStatus.PickedUp, collected.Order!.Status);
        Assert.Equal(0, (await world.AvailabilityAsync("mug", "store-4")).OnHand);
        Assert.Equal(10, (await world.AvailabilityAsync("mug", "store-1")).OnHand);
    }

    [Fact]
    public async Task PickupOrder_StoreCannotFill_RejectedWithNearestAlternativesAndNothingHeld()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("mug", "store-1", 1);
        await world.StockAsync("mug", "store-2", 5);
        await world.StockAsync("mug", "store-3", 5);

        var placed = await cluster.Client.GetGrain<IOrderGrain>("order-elsewhere").PlaceAsync(Pickup("place", "store-1", ("mug", 3)));

        Assert.Equal(OrderError.NotSourceable, placed.Error);
        Assert.Equal(OrderStatus.Rejected, placed.Order!.Status);
        Assert.Equal(SourcingOutcome.PickupUnavailable, placed.Order.Plan!.Outcome);
        Assert.Equal(["store-2", "store-3"], placed.Order.Plan.Alternatives.Select(id => id.Value));
        Assert.Contains("store-2", placed.Detail, StringComparison.Ordinal);
        Assert.Equal(1, (await world.AvailabilityAsync("mug", "store-1")).AvailableToSell);
        Assert.Equal(5, (await world.AvailabilityAsync("mug", "store-2")).AvailableToSell);
    }

    [Fact]
    public async Task ShipOrder_NoSingleLocationHasEveryLine_SplitIntoFewestShipments()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 3);
        await world.StockAsync("cap", "store-2", 3);

        var placed = await cluster.Client.GetGrain<IOrderGrain>("order-split").PlaceAsync(Ship("place", ("tee", 1), ("cap", 1)));

        Assert.True(placed.Accepted, placed.Detail);
        Assert.Equal(SourcingRule.FewestShipments, placed.Order!.Plan!.Rule);
        Assert.Equal(["store-1", "store-2"], placed.Order.Legs.Select(l => l.Location.Value).Order());
        Assert.Equal(1, (await world.AvailabilityAsync("tee", "store-1")).Allocated);
        Assert.Equal(1, (await world.AvailabilityAsync("cap", "store-2")).Allocated);
    }

    [Fact]
    public async Task ShipOrder_NoStockButInboundAtTheDistributionCentre_BackorderedWithAPromisedDate()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        var today = DateOnly.FromDateTime(cluster.TimeProvider.GetUtcNow().UtcDateTime);
        await world.Inventory("tee", "dc-1").ExpectInboundAsync(new ExpectInbound(Key("po-1"), "po-1", 10, today.AddDays(4)));

        var placed = await cluster.Client.GetGrain<IOrderGrain>("order-back").PlaceAsync(Ship("place", ("tee", 3)));

        Assert.True(placed.Accepted, placed.Detail);
        Assert.Equal(SourcingOutcome.Backordered, placed.Order!.Plan!.Outcome);
        Assert.Equal(today.AddDays(4), placed.Order.Plan.PromisedBy);
        var leg = Assert.Single(placed.Order.Legs);
        Assert.Equal(("dc-1", LegStatus.Backordered, today.AddDays(4)), (leg.Location.Value, leg.Status, leg.AvailableOn));
        Assert.Equal(0, (await world.AvailabilityAsync("tee", "dc-1")).Reserved);
    }

    [Fact]
    public async Task ShipOrder_NothingAnywhere_RejectedExplainingEveryCandidate()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;

        var placed = await cluster.Client.GetGrain<IOrderGrain>("order-none").PlaceAsync(Ship("place", ("tee", 1)));

        Assert.Equal(OrderError.NotSourceable, placed.Error);
        Assert.Equal(OrderStatus.Rejected, placed.Order!.Status);
        Assert.Equal(SourcingOutcome.Rejected, placed.Order.Plan!.Outcome);
        Assert.Equal(RetailWorld.Locations.Count, placed.Order.Plan.Rejections.Select(r => r.Location).Distinct().Count());
        Assert.Contains(placed.Order.Plan.Rejections, r => r.Location.Value == "store-4" && r.Reason == RejectionReason.MissingCapability);
    }

    [Fact]
    public async Task CancelOrder_AfterRelease_AllocationsAndCapacityGoBack()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 4);
        var order = cluster.Client.GetGrain<IOrderGrain>("order-cancel");
        await order.PlaceAsync(Ship("place", ("tee", 3)));
        await order.ReleaseAsync(new OrderStep(Key("release")));
        var taken = (await cluster.Client.GetGrain<ILocationGrain>("store-1").GetStatusAsync())!.OrdersTaken;

        var cancelled = await order.CancelAsync(new CancelOrder(Key("cancel"), "customer changed their mind"));
        var again = await order.CancelAsync(new CancelOrder(Key("cancel"), "customer changed their mind"));

        Assert.Equal(OrderStatus.Cancelled, cancelled.Order!.Status);
        Assert.True(again.Replayed);
        Assert.Equal(1, taken);
        Assert.Equal(0, (await cluster.Client.GetGrain<ILocationGrain>("store-1").GetStatusAsync())!.OrdersTaken);
        var stock = await world.AvailabilityAsync("tee", "store-1");
        Assert.Equal((4, 0, 0, 4), (stock.OnHand, stock.Reserved, stock.Allocated, stock.AvailableToSell));
        Assert.Equal(OrderError.InvalidTransition, (await order.ShipAsync(new LocationStep(Key("ship"), LocationId.Parse("store-1")))).Error);
    }

    [Fact]
    public async Task Return_AtAnotherStore_RestockedWhenResellableWrittenOffOtherwise()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 3);
        var order = cluster.Client.GetGrain<IOrderGrain>("order-return");
        await order.PlaceAsync(Ship("place", ("tee", 3)));
        await order.ReleaseAsync(new OrderStep(Key("release")));
        await order.PickAsync(new LocationStep(Key("pick"), LocationId.Parse("store-1")));
        await order.ShipAsync(new LocationStep(Key("ship"), LocationId.Parse("store-1")));

        var refused = await order.ReturnAsync(new ReturnItems(Key("r0"), SkuId.Parse("tee"), 1, LocationId.Parse("store-3"), true));
        var resold = await order.ReturnAsync(new ReturnItems(Key("r1"), SkuId.Parse("tee"), 2, LocationId.Parse("store-4"), true));
        var tooMany = await order.ReturnAsync(new ReturnItems(Key("r2"), SkuId.Parse("tee"), 2, LocationId.Parse("store-2"), false));
        var damaged = await order.ReturnAsync(new ReturnItems(Key("r3"), SkuId.Parse("tee"), 1, LocationId.Parse("store-2"), false));

        Assert.Equal(OrderError.WrongLocation, refused.Error);
        Assert.Equal(OrderStatus.PartiallyReturned, resold.Order!.Status);
        Assert.Equal(OrderError.ReturnExceedsOrder, tooMany.Error);
        Assert.Equal(OrderStatus.Returned, damaged.Order!.Status);
        Assert.Equal(2, (await world.AvailabilityAsync("tee", "store-4")).OnHand);
        Assert.Equal(0, (await world.AvailabilityAsync("tee", "store-2")).OnHand);
        Assert.Equal(0, (await world.AvailabilityAsync("tee", "store-1")).OnHand);
    }

    [Fact]
    public async Task Shortage_AtTheSourcingStore_OrderMovesToAnotherLocation()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 2);
        await world.StockAsync("tee", "store-2", 5);
        var order = cluster.Client.GetGrain<IOrderGrain>("order-short");
        var placed = await order.PlaceAsync(Ship("place", ("tee", 2)));
        Assert.Equal("store-1", Assert.Single(placed.Order!.Legs).Location.Value);

        // Two units are found broken at the till: on hand no longer covers the allocation.
        await world.Inventory("tee", "store-1").AdjustAsync(new AdjustStock(Key("shrink"), -2, "damaged"));
        await cluster.Silos[0].Services.GetRequiredService<ShortageResponder>().WhenIdleAsync().WaitAsync(GrainsCluster.Patience);

        var view = (await order.GetAsync())!;
        Assert.Equal(OrderStatus.Sourced, view.Status);
        Assert.Contains(view.Legs, leg => leg.Location.Value == "store-1" && leg.Status == LegStatus.Cancelled);
        Assert.Contains(view.Legs, leg => leg.Location.Value == "store-2" && leg.Status == LegStatus.Allocated);
        Assert.Contains(view.History, e => e.Kind == "shortage-resourced");
        Assert.Equal(0, (await world.AvailabilityAsync("tee", "store-1")).Allocated);
        Assert.Equal(2, (await world.AvailabilityAsync("tee", "store-2")).Allocated);
    }

    [Fact]
    public async Task PlaceOrder_SameKeyReplayedOrReusedOrInvalid_ReplaysRejectsAndChangesNothing()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 5);
        var order = cluster.Client.GetGrain<IOrderGrain>("order-idem");

        var invalid = await cluster.Client.GetGrain<IOrderGrain>("order-bad").PlaceAsync(Ship("place", ("tee", 0)));
        var noChannel = await cluster.Client.GetGrain<IOrderGrain>("order-nochannel").PlaceAsync(Ship("place", ("tee", 1)) with { Channel = ChannelId.Parse("nowhere") });
        var first = await order.PlaceAsync(Ship("place", ("tee", 2)));
        var replay = await order.PlaceAsync(Ship("place", ("tee", 2)));
        var other = await order.PlaceAsync(Ship("place", ("tee", 3)));

        Assert.Equal(OrderError.InvalidOrder, invalid.Error);
        Assert.Null(await cluster.Client.GetGrain<IOrderGrain>("order-bad").GetAsync());
        Assert.Equal(OrderError.UnknownChannel, noChannel.Error);
        Assert.True(first.Accepted);
        Assert.True(replay.Replayed);
        Assert.Equal(OrderError.OrderExists, other.Error);
        Assert.Equal(2, (await world.AvailabilityAsync("tee", "store-1")).Allocated);
    }

    [Fact]
    public async Task ShipOrder_WithCustomer_ShowsInTheCustomersSingleView()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 5);

        await cluster.Client.GetGrain<IOrderGrain>("order-cust").PlaceAsync(Ship("place", ("tee", 1)) with { Customer = CustomerId.Parse("ann") });

        var view = await cluster.Client.GetGrain<ICustomerGrain>("ann").GetViewAsync();
        var summary = Assert.Single(view.Orders);
        Assert.Equal(("order-cust", OrderStatus.Sourced), (summary.Order.Value, summary.Status));
        Assert.Contains(view.Touchpoints, t => t.Kind == TouchpointKind.Checkout && t.Reference == "order-cust");
    }

    [Fact]
    public async Task ShipOrder_StockRingFencedForTheChannel_SourcedFromItsPoolWhileAnotherChannelCannot()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("lamp", "store-2", 4);
        var pooled = await world.Inventory("lamp", "store-2").SetPoolAsync(new SetPool(Key("pool"), Web, 4));

        var web = await cluster.Client.GetGrain<IOrderGrain>("order-pooled").PlaceAsync(Ship("place-web", ("lamp", 3)));
        var app = await cluster.Client.GetGrain<IOrderGrain>("order-other").PlaceAsync(Ship("place-app", ("lamp", 1)) with { Channel = ChannelId.Parse("app") });

        Assert.True(pooled.Accepted);
        Assert.True(web.Accepted, web.Detail);
        Assert.Equal("store-2", Assert.Single(web.Order!.Legs).Location.Value);
        Assert.Equal(OrderError.NotSourceable, app.Error);
        var store2 = await world.AvailabilityAsync("lamp", "store-2");
        Assert.Equal((3L, 0L, 1L), (store2.Allocated, store2.AvailableToSell, store2.AvailableTo(Web)));
    }

    internal static IdempotencyKey Key(string text) => IdempotencyKey.Parse(text);

    internal static PlaceOrder Ship(string key, params (string Sku, int Quantity)[] lines) =>
        new(Key(key), Web, null, DeliveryMethod.Ship, RetailWorld.Home, null, [.. lines.Select(l => new OrderLine(SkuId.Parse(l.Sku), l.Quantity))], null);

    internal static PlaceOrder Pickup(string key, string store, params (string Sku, int Quantity)[] lines) =>
        new(Key(key), Web, null, DeliveryMethod.Pickup, null, LocationId.Parse(store), [.. lines.Select(l => new OrderLine(SkuId.Parse(l.Sku), l.Quantity))], null);
}
