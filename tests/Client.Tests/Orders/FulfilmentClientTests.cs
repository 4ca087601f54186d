using System.Net;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Inventory;
using Grid.Contracts.Orders;

namespace Grid.Client.Tests.Orders;

public sealed class FulfilmentClientTests : IAsyncLifetime
{
    private RetailGrid _grid = null!;

    public async Task InitializeAsync() => _grid = await RetailGrid.StartAsync();

    public async Task DisposeAsync() => await _grid.DisposeAsync();

    [Fact]
    public async Task ShipFlow_PlaceReleasePickShipDelivered_EachStepMovesTheOrderAndTheUnitsLeaveTheStore()
    {
        await _grid.SetStockAsync("tee", "s2", 5);
        var placed = await _grid.Web.Orders.PlaceAsync("o1", OrdersClientTests.Ship(("tee", 2)));
        var location = Assert.Single(placed.Legs).Location;

        var steps = new[]
        {
            await _grid.Ops.Fulfilment.ReleaseAsync("o1"),
            await _grid.Ops.Fulfilment.PickAsync("o1", location),
            await _grid.Ops.Fulfilment.ShipAsync("o1", location),
            await _grid.Ops.Fulfilment.ConfirmDeliveryAsync("o1"),
        };

        var order = await _grid.Web.Orders.GetAsync("o1");
        Assert.Equal("s2", location);
        Assert.Equal(["released", "picked", "shipped", "delivered"], steps.Select(s => s.Status));
        Assert.Equal(["placed", "sourced", "released", "picked", "shipped", "delivered"], order.History.Select(e => e.Kind));
        Assert.Equal(("delivered", "fulfilled"), (order.Status, Assert.Single(order.Legs).Status));
        var levels = await Levels("tee", "s2");
        Assert.Equal((3L, 0L, 0L, 3L), (levels.OnHand, levels.Reserved, levels.Allocated, levels.AvailableToSell));
    }

    [Fact]
    public async Task PickupFlow_PlaceReleasePickReadyPickedUp_FulfilledAtTheChosenStoreOnly()
    {
        await _grid.SetStockAsync("mug", "s1", 10);
        await _grid.SetStockAsync("mug", "s2", 2);
        var placed = await _grid.Web.Orders.PlaceAsync("o1", new PlaceOrderRequest("pickup", [new LineItem("mug", 2)], PickupStore: "s2"));

        var released = await _grid.Ops.Fulfilment.ReleaseAsync("o1");
        var picked = await _grid.Ops.Fulfilment.PickAsync("o1", "s2");
        var ready = await _grid.Ops.Fulfilment.ReadyForPickupAsync("o1");
        var collected = await _grid.Ops.Fulfilment.ConfirmPickupAsync("o1");

        Assert.Equal(("pickup", "s2", "s2"), (placed.Delivery, placed.PickupStore, Assert.Single(placed.Legs).Location));
        Assert.Equal(["released", "picked", "ready-for-pickup", "picked-up"], new[] { released, picked, ready, collected }.Select(o => o.Status));
        Assert.Equal("picked-up", (await _grid.Web.Orders.GetAsync("o1")).Status);
        var store = await Levels("mug", "s2");
        Assert.Equal((0L, 0L), (store.OnHand, store.Allocated));
        Assert.Equal(10, (await Levels("mug", "s1")).OnHand);
    }

    [Fact]
    public async Task Steps_OutOfOrderOrAtTheWrongLocation_ThrowStableCodesAndTheOrderStaysWhereItWas()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        await _grid.Web.Orders.PlaceAsync("o1", OrdersClientTests.Ship(("tee", 1)));

        var shipEarly = await Assert.ThrowsAsync<GridApiException>(() => _grid.Ops.Fulfilment.ShipAsync("o1", "s1"));
        await _grid.Ops.Fulfilment.ReleaseAsync("o1");
        var pickElsewhere = await Assert.ThrowsAsync<GridApiException>(() => _grid.Ops.Fulfilment.PickAsync("o1", "s2"));
        var readyShipOrder = await Assert.ThrowsAsync<GridApiException>(() => _grid.Ops.Fulfilment.ReadyForPickupAsync("o1"));
        var deliveredEarly = await Assert.ThrowsAsync<GridApiException>(() => _grid.Ops.Fulfilment.ConfirmDeliveryAsync("o1"));
        var unknown = await Assert.ThrowsAsync<GridApiException>(() => _grid.Ops.Fulfilment.ReleaseAsync("never"));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.InvalidTransition), (shipEarly.StatusCode, shipEarly.Code));
        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.WrongLocation), (pickElsewhere.StatusCode, pickElsewhere.Code));
        Assert.Equal(GridErrorCodes.InvalidTransition, readyShipOrder.Code);
        Assert.Equal(GridErrorCodes.InvalidTransition, deliveredEarly.Code);
        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownOrder), (unknown.StatusCode, unknown.Code));
        Assert.Equal("released", (await _grid.Ops.Fulfilment.GetAsync("o1")).Status);
    }

    [Fact]
    public async Task ReleaseAsync_AnswerLostAfterTheServerReleasedIt_RetriedWithTheSameKeyAndReleasedOnce()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        await _grid.Web.Orders.PlaceAsync("o1", OrdersClientTests.Ship(("tee", 1)));
        var handler = new ScriptedHandler().ThenDropResponse();
        var ops = _grid.Server.GridClient(ApiServer.AdminKey, handler: handler);

        var released = await ops.Fulfilment.ReleaseAsync("o1", "release-o1");

        Assert.Equal(["release-o1", "release-o1"], handler.Sent.Select(s => s.IdempotencyKey));
        Assert.Contains("\"released\"", Assert.Single(handler.Dropped), StringComparison.Ordinal);
        Assert.Equal("released", released.Status);
        Assert.Single((await _grid.Ops.Fulfilment.GetAsync("o1")).History, e => e.Kind == "released");
    }

    [Fact]
    public async Task GetAsync_AnyChannelsOrder_SeesEveryCandidateWhileTheChannelSeesOnlyItsOwnLocations()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        var channelView = await _grid.App.Orders.PlaceAsync("o1", OrdersClientTests.Ship(("tee", 1)));

        var opsView = await _grid.Ops.Fulfilment.GetAsync("o1");

        Assert.Equal("app", opsView.Channel);
        Assert.Contains(opsView.Plan!.Rejections, r => r.Location == "s3" && r.Reason == "not-in-channel");
        Assert.DoesNotContain(channelView.Plan!.Rejections, r => r.Location == "s3");
    }

    [Fact]
    public async Task ReturnAsync_AtAStoreOutsideTheOrdersChannel_RestockedThere()
    {
        await _grid.SetStockAsync("tee", "s1", 2);
        await _grid.Web.Orders.PlaceAsync("o1", OrdersClientTests.Ship(("tee", 2)));
        await _grid.Ops.Fulfilment.ReleaseAsync("o1");
        await _grid.Ops.Fulfilment.PickAsync("o1", "s1");
        await _grid.Ops.Fulfilment.ShipAsync("o1", "s1");

        var returned = await _grid.Ops.Fulfilment.ReturnAsync("o1", new ReturnItemsRequest("tee", 1, "s3", true));
        var nowhere = await Assert.ThrowsAsync<GridApiException>(() => _grid.Ops.Fulfilment.ReturnAsync("o1", new ReturnItemsRequest("tee", 1, "nowhere", true)));

        Assert.Equal(("partially-returned", new LineItem("tee", 1)), (returned.Status, Assert.Single(returned.Returned)));
        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.WrongLocation), (nowhere.StatusCode, nowhere.Code));
        Assert.Equal((1L, 0L), ((await Levels("tee", "s3")).OnHand, (await Levels("tee", "s1")).OnHand));
    }

    [Fact]
    public async Task ReleaseAsync_ChannelKey_ThrowsForbidden403AndTheOrderStaysSourced()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        await _grid.Web.Orders.PlaceAsync("o1", OrdersClientTests.Ship(("tee", 1)));

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Fulfilment.ReleaseAsync("o1"));

        Assert.Equal((HttpStatusCode.Forbidden, GridErrorCodes.Forbidden), (thrown.StatusCode, thrown.Code));
        Assert.Equal("sourced", (await _grid.Web.Orders.GetAsync("o1")).Status);
    }

    private async Task<StockLevels> Levels(string sku, string location) => (await _grid.Ops.Stock.GetAsync(sku, location)).Levels;
}
