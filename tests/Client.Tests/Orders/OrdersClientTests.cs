using System.Net;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Inventory;
using Grid.Contracts.Orders;

namespace Grid.Client.Tests.Orders;

public sealed class OrdersClientTests : IAsyncLifetime
{
    private RetailGrid _grid = null!;

    public async Task InitializeAsync() => _grid = await RetailGrid.StartAsync();

    public async Task DisposeAsync() => await _grid.DisposeAsync();

    [Fact]
    public async Task PlaceAsync_ShipOrder_SourcedAtTheNearestStoreThatHasEveryLineWithThePlanExplained()
    {
        await _grid.SetStockAsync("tee", "s1", 1);
        await _grid.SetStockAsync("tee", "s2", 5);

        var order = await _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 2)));

        Assert.Equal(("o1", "web", "sourced", "ship"), (order.Id, order.Channel, order.Status, order.Delivery));
        var leg = Assert.Single(order.Legs);
        Assert.Equal(("s2", "allocated", new LineItem("tee", 2)), (leg.Location, leg.Status, Assert.Single(leg.Lines)));
        Assert.Equal(("sourced", "single-location"), (order.Plan!.Outcome, order.Plan.Rule));
        Assert.Equal("insufficient-stock", Assert.Single(order.Plan.Rejections, r => r.Location == "s1").Reason);
        var read = await _grid.Web.Orders.GetAsync("o1");
        Assert.Equal((order.Status, order.PlacedAt), (read.Status, read.PlacedAt));
        Assert.Equal(["placed", "sourced"], read.History.Select(e => e.Kind));
        Assert.Equal(2, (await Levels("tee", "s2")).Allocated);
    }

    [Fact]
    public async Task PlaceAsync_NothingInStock_ThrowsNotSourceableWithEachCandidatesRejectionAndTheOrderStaysRejected()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 1)), "place-o1"));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.NotSourceable), (thrown.StatusCode, thrown.Code));
        Assert.Equal("place-o1", thrown.IdempotencyKey);
        Assert.True(thrown.TryGetExtension<IReadOnlyList<CandidateRejectionView>>("rejections", out var rejections));
        Assert.Equal([("s1", "insufficient-stock"), ("s2", "insufficient-stock")], rejections.Select(r => (r.Location, r.Reason)).Order());
        Assert.All(rejections, r => Assert.Contains("tee", r.Detail, StringComparison.Ordinal));
        Assert.True(thrown.TryGetExtension<IReadOnlyList<string>>("alternatives", out var alternatives));
        Assert.Empty(alternatives);
        var order = await _grid.Web.Orders.GetAsync("o1");
        Assert.Equal(("rejected", "rejected"), (order.Status, order.Plan!.Outcome));
        Assert.Empty(order.Legs);
    }

    [Fact]
    public async Task PlaceAsync_AgainUnderARejectedOrdersIdOnceStockArrived_ThrowsOrderExistsSoANewIdIsNeeded()
    {
        await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 1))));
        await _grid.SetStockAsync("tee", "s1", 5);

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 1))));
        var placed = await _grid.Web.Orders.PlaceAsync("o2", Ship(("tee", 1)));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.OrderExists), (thrown.StatusCode, thrown.Code));
        Assert.Equal("sourced", placed.Status);
        Assert.Equal(1, (await Levels("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task PlaceAsync_PickupStoreCannotFill_ThrowsNotSourceableNamingTheNearestStoresThatCan()
    {
        await _grid.SetStockAsync("mug", "s1", 1);
        await _grid.SetStockAsync("mug", "s2", 5);

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", new PlaceOrderRequest("pickup", [new LineItem("mug", 3)], PickupStore: "s1")));

        Assert.Equal(GridErrorCodes.NotSourceable, thrown.Code);
        Assert.True(thrown.TryGetExtension<IReadOnlyList<string>>("alternatives", out var alternatives));
        Assert.Equal(["s2"], alternatives);
        Assert.True(thrown.TryGetExtension<IReadOnlyList<CandidateRejectionView>>("rejections", out var rejections));
        Assert.Contains(rejections, r => r.Location == "s1" && r.Reason == "insufficient-stock");
        Assert.Equal((0L, 0L), ((await Levels("mug", "s1")).Reserved, (await Levels("mug", "s2")).Reserved));
    }

    [Fact]
    public async Task PlaceAsync_AnswerLostAfterTheServerPlacedIt_RetriedWithTheSameKeyAndAllocatedOnce()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        var handler = new ScriptedHandler().ThenDropResponse();
        var web = _grid.Server.GridClient(_grid.WebKey, handler: handler);

        var order = await web.Orders.PlaceAsync("o1", Ship(("tee", 2)));

        var sent = handler.Sent.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.All(sent, s => Assert.Equal((HttpMethod.Put, "/v1/orders/o1"), (s.Method, s.Path)));
        Assert.NotNull(sent[0].IdempotencyKey);
        Assert.Equal(sent[0].IdempotencyKey, sent[1].IdempotencyKey);
        Assert.Contains("\"sourced\"", Assert.Single(handler.Dropped), StringComparison.Ordinal);
        Assert.Equal(("o1", "sourced"), (order.Id, order.Status));
        Assert.Equal(2, (await Levels("tee", "s1")).Allocated);
        Assert.Single((await _grid.Web.Orders.GetAsync("o1")).History, e => e.Kind == "placed");
    }

    [Fact]
    public async Task OtherChannel_GetCancelReturn_ThrowUnknownOrder404AsForAMissingOrderAndTheOrderIsUntouched()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        await _grid.App.Orders.PlaceAsync("o1", Ship(("tee", 2)));

        var missing = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.GetAsync("o2"));
        var thrown = new[]
        {
            await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.GetAsync("o1")),
            await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.CancelAsync("o1", new CancelOrderRequest("not mine"))),
            await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.ReturnAsync("o1", new ReturnItemsRequest("tee", 1, "s1", true))),
        };

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownOrder), (missing.StatusCode, missing.Code));
        Assert.All(thrown, t => Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownOrder), (t.StatusCode, t.Code)));
        Assert.All(thrown, t => Assert.Equal(missing.Extensions.Keys.Order(), t.Extensions.Keys.Order()));
        Assert.Equal("sourced", (await _grid.App.Orders.GetAsync("o1")).Status);
        Assert.Equal(2, (await Levels("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task CancelAsync_SourcedOrder_CancelledWithItsReasonAndTheAllocationGoesBackToSale()
    {
        await _grid.SetStockAsync("tee", "s1", 4);
        await _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 3)));

        var cancelled = await _grid.Web.Orders.CancelAsync("o1", new CancelOrderRequest("changed my mind"));

        Assert.Equal("cancelled", cancelled.Status);
        Assert.All(cancelled.Legs, leg => Assert.Equal("cancelled", leg.Status));
        Assert.Equal(("cancelled", "changed my mind"), (cancelled.History[^1].Kind, cancelled.History[^1].Detail));
        var levels = await Levels("tee", "s1");
        Assert.Equal((4L, 0L, 4L), (levels.OnHand, levels.Allocated, levels.AvailableToSell));
    }

    [Fact]
    public async Task CancelAsync_AfterItShippedOrWithoutAReason_ThrowsInvalidTransitionOrInvalidOrder()
    {
        await _grid.SetStockAsync("tee", "s1", 4);
        await _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 1)));
        await _grid.Ops.Fulfilment.ReleaseAsync("o1");
        await _grid.Ops.Fulfilment.PickAsync("o1", "s1");
        await _grid.Ops.Fulfilment.ShipAsync("o1", "s1");

        var late = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.CancelAsync("o1", new CancelOrderRequest("too late")));
        var empty = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.CancelAsync("o1", new CancelOrderRequest("")));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.InvalidTransition), (late.StatusCode, late.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidOrder), (empty.StatusCode, empty.Code));
        Assert.Equal("shipped", (await _grid.Web.Orders.GetAsync("o1")).Status);
    }

    [Fact]
    public async Task ReturnAsync_DeliveredOrderAtAnotherStoreOfTheChannel_RestockedThereUntilNothingIsLeftToReturn()
    {
        await _grid.SetStockAsync("tee", "s1", 3);
        await _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 3)));
        await _grid.Ops.Fulfilment.ReleaseAsync("o1");
        await _grid.Ops.Fulfilment.PickAsync("o1", "s1");
        await _grid.Ops.Fulfilment.ShipAsync("o1", "s1");
        await _grid.Ops.Fulfilment.ConfirmDeliveryAsync("o1");

        var partly = await _grid.Web.Orders.ReturnAsync("o1", new ReturnItemsRequest("tee", 2, "s2", true));
        var tooMany = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.ReturnAsync("o1", new ReturnItemsRequest("tee", 2, "s2", true)));
        var outside = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.ReturnAsync("o1", new ReturnItemsRequest("tee", 1, "s3", true)));
        var all = await _grid.Web.Orders.ReturnAsync("o1", new ReturnItemsRequest("tee", 1, "s2", false));

        Assert.Equal(("partially-returned", new LineItem("tee", 2)), (partly.Status, Assert.Single(partly.Returned)));
        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.ReturnExceedsOrder), (tooMany.StatusCode, tooMany.Code));
        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownLocation), (outside.StatusCode, outside.Code));
        Assert.Equal("returned", all.Status);
        Assert.Equal((2L, 0L), ((await Levels("tee", "s2")).OnHand, (await Levels("tee", "s1")).OnHand));
    }

    [Fact]
    public async Task PlaceAsync_BrokenRules_ThrowTheirStableCodesAndNothingIsPlaced()
    {
        var noLines = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", new PlaceOrderRequest("ship", [], ShipTo: RetailGrid.Home)));
        var offTheMap = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 1)) with { ShipTo = new(91, 0) }));
        var badCustomer = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 1)) with { CustomerId = "a b" }));
        var farStore = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", new PlaceOrderRequest("pickup", [new LineItem("tee", 1)], PickupStore: "s3")));
        var noDelivery = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o1", Ship(("tee", 1)) with { Delivery = null! }));
        var badId = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.PlaceAsync("o 1", Ship(("tee", 1))));

        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidOrder), (noLines.StatusCode, noLines.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidPosition), (offTheMap.StatusCode, offTheMap.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidCustomerId), (badCustomer.StatusCode, badCustomer.Code));
        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownLocation), (farStore.StatusCode, farStore.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidRequest), (noDelivery.StatusCode, noDelivery.Code));
        Assert.Contains("delivery", noDelivery.Detail, StringComparison.OrdinalIgnoreCase);
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidOrderId), (badId.StatusCode, badId.Code));
        Assert.Equal(GridErrorCodes.UnknownOrder, (await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Orders.GetAsync("o1"))).Code);
    }

    [Fact]
    public async Task PlaceAsync_OpsKeyWithoutChannelScope_ThrowsForbidden403()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _grid.Ops.Orders.PlaceAsync("o1", Ship(("tee", 1))));

        Assert.Equal((HttpStatusCode.Forbidden, GridErrorCodes.Forbidden), (thrown.StatusCode, thrown.Code));
    }

    internal static PlaceOrderRequest Ship(params (string Sku, int Quantity)[] lines) =>
        new("ship", [.. lines.Select(l => new LineItem(l.Sku, l.Quantity))], ShipTo: RetailGrid.Home);

    private async Task<StockLevels> Levels(string sku, string location) => (await _grid.Ops.Stock.GetAsync(sku, location)).Levels;
}
