using System.Net;
using Grid.Api.Tests.Testing;
using Grid.Contracts.Orders;
using Grid.Grains.Orders;

namespace Grid.Api.Tests.Orders;

public sealed class OrderFulfilmentEndpointsTests : IAsyncLifetime
{
    private RetailApi _api = null!;

    public async Task InitializeAsync() => _api = await RetailApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task ShipOrder_ReleasePickShipDelivered_EachStepMovesTheOrderAndTheStockLeavesTheStore()
    {
        await _api.SetStockAsync("tee", "s2", 5);
        using var placed = await OrderEndpointsTests.PlaceAsync(_api.Web, "o1", OrderEndpointsTests.Ship(("tee", 2)));

        var statuses = new List<string>();
        foreach (var step in new[] { "release", "legs/s2/pick", "legs/s2/ship", "delivered" })
        {
            using var response = await Step("o1", step);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            statuses.Add((await RetailApi.ReadAsync<OrderDetail>(response)).Status);
        }

        using var channelRead = await _api.Web.GetAsync(new Uri("/v1/orders/o1", UriKind.Relative));
        var order = await RetailApi.ReadAsync<OrderDetail>(channelRead);
        Assert.Equal(["released", "picked", "shipped", "delivered"], statuses);
        Assert.Equal(["placed", "sourced", "released", "picked", "shipped", "delivered"], order.History.Select(e => e.Kind));
        Assert.Equal("fulfilled", Assert.Single(order.Legs).Status);
        var stock = await _api.StockAsync("tee", "s2");
        Assert.Equal((3, 0, 0, 3), (stock.OnHand, stock.Reserved, stock.Allocated, stock.AvailableToSell));
    }

    [Fact]
    public async Task PickupOrder_ReadyForPickupThenPickedUp_FulfilledAtTheChosenStoreOnly()
    {
        await _api.SetStockAsync("mug", "s1", 10);
        await _api.SetStockAsync("mug", "s2", 2);
        using var placed = await OrderEndpointsTests.PlaceAsync(_api.Web, "o1", new PlaceOrderRequest("pickup", [new LineItem("mug", 2)], null, null, "s2"));
        var sourced = await RetailApi.ReadAsync<OrderDetail>(placed);
        await _api.OpsStepAsync("o1", "release");
        await _api.OpsStepAsync("o1", "legs/s2/pick");

        using var ready = await Step("o1", "ready-for-pickup");
        using var collected = await Step("o1", "picked-up");

        Assert.Equal(("pickup", "s2", "s2"), (sourced.Delivery, sourced.PickupStore, Assert.Single(sourced.Legs).Location));
        Assert.Equal("ready-for-pickup", (await RetailApi.ReadAsync<OrderDetail>(ready)).Status);
        Assert.Equal("picked-up", (await RetailApi.ReadAsync<OrderDetail>(collected)).Status);
        Assert.Equal((0, 0), ((await _api.StockAsync("mug", "s2")).OnHand, (await _api.StockAsync("mug", "s2")).Allocated));
        Assert.Equal(10, (await _api.StockAsync("mug", "s1")).OnHand);
    }

    [Fact]
    public async Task Steps_OutOfOrderOrAtTheWrongLocation_409WithStableCodesAndTheOrderStaysWhereItWas()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        using var placed = await OrderEndpointsTests.PlaceAsync(_api.Web, "o1", OrderEndpointsTests.Ship(("tee", 1)));

        using var shipEarly = await Step("o1", "legs/s1/ship");
        await _api.OpsStepAsync("o1", "release");
        using var pickElsewhere = await Step("o1", "legs/s2/pick");
        using var pickNowhere = await Step("o1", "legs/nowhere/pick");
        using var readyShipOrder = await Step("o1", "ready-for-pickup");
        using var deliveredEarly = await Step("o1", "delivered");
        using var collectedEarly = await Step("o1", "picked-up");

        Assert.Equal((HttpStatusCode.Conflict, "invalid_transition"), (shipEarly.StatusCode, await RetailApi.CodeOf(shipEarly)));
        Assert.Equal((HttpStatusCode.Conflict, "wrong_location"), (pickElsewhere.StatusCode, await RetailApi.CodeOf(pickElsewhere)));
        Assert.Equal((HttpStatusCode.Conflict, "wrong_location"), (pickNowhere.StatusCode, await RetailApi.CodeOf(pickNowhere)));
        Assert.Equal((HttpStatusCode.Conflict, "invalid_transition"), (readyShipOrder.StatusCode, await RetailApi.CodeOf(readyShipOrder)));
        Assert.Equal((HttpStatusCode.Conflict, "invalid_transition"), (deliveredEarly.StatusCode, await RetailApi.CodeOf(deliveredEarly)));
        Assert.Equal((HttpStatusCode.Conflict, "invalid_transition"), (collectedEarly.StatusCode, await RetailApi.CodeOf(collectedEarly)));
        Assert.Equal(OrderStatus.Released, (await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync())!.Status);
        Assert.Equal((5, 1), ((await _api.StockAsync("tee", "s1")).OnHand, (await _api.StockAsync("tee", "s1")).Allocated));
    }

    [Theory]
    [InlineData("/ops/orders/o%201/release", HttpStatusCode.BadRequest, "invalid_order_id")]
    [InlineData("/ops/orders/o1/legs/s%201/pick", HttpStatusCode.BadRequest, "invalid_location")]
    [InlineData("/ops/orders/never/release", HttpStatusCode.NotFound, "unknown_order")]
    [InlineData("/ops/orders/never/legs/s1/ship", HttpStatusCode.NotFound, "unknown_order")]
    public async Task Step_BadIdOrUnknownOrder_RejectedWithAStableCode(string path, HttpStatusCode status, string code)
    {
        using var response = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, path);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await RetailApi.CodeOf(response));
    }

    [Fact]
    public async Task Release_SameKeyReplayedAnotherKeyRejected_AppliedOnce()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        using var placed = await OrderEndpointsTests.PlaceAsync(_api.Web, "o1", OrderEndpointsTests.Ship(("tee", 1)));

        using var first = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, "/ops/orders/o1/release", key: "release-1");
        using var replay = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, "/ops/orders/o1/release", key: "release-1");
        using var reused = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, "/ops/orders/o1/delivered", key: "release-1");
        using var again = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, "/ops/orders/o1/release", key: "release-2");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.True(replay.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "idempotency_key_reused"), (reused.StatusCode, await RetailApi.CodeOf(reused)));
        Assert.Equal((HttpStatusCode.Conflict, "invalid_transition"), (again.StatusCode, await RetailApi.CodeOf(again)));
        var order = await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync();
        Assert.Single(order!.History, e => e.Kind == "released");
    }

    [Fact]
    public async Task Return_AtAStoreOutsideTheOrdersChannel_RestockedThere()
    {
        await _api.SetStockAsync("tee", "s1", 2);
        using var placed = await OrderEndpointsTests.PlaceAsync(_api.Web, "o1", OrderEndpointsTests.Ship(("tee", 2)));
        await _api.ShipAsync("o1", "s1");

        using var returned = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, "/ops/orders/o1/returns", new ReturnItemsRequest("tee", 1, "s3", true));
        using var nowhere = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, "/ops/orders/o1/returns", new ReturnItemsRequest("tee", 1, "nowhere", true));
        using var otherSku = await RetailApi.SendAsync(_api.Ops, HttpMethod.Post, "/ops/orders/o1/returns", new ReturnItemsRequest("cap", 1, "s3", true));

        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        Assert.Equal("partially-returned", (await RetailApi.ReadAsync<OrderDetail>(returned)).Status);
        Assert.Equal((HttpStatusCode.Conflict, "wrong_location"), (nowhere.StatusCode, await RetailApi.CodeOf(nowhere)));
        Assert.Equal((HttpStatusCode.Conflict, "return_exceeds_order"), (otherSku.StatusCode, await RetailApi.CodeOf(otherSku)));
        Assert.Equal((1, 0), ((await _api.StockAsync("tee", "s3")).OnHand, (await _api.StockAsync("tee", "s1")).OnHand));
    }

    [Fact]
    public async Task GetAnyOrder_Ops_SeesEveryCandidateWhileTheChannelSeesOnlyItsOwnLocations()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        using var placed = await OrderEndpointsTests.PlaceAsync(_api.Web, "o1", OrderEndpointsTests.Ship(("tee", 1)));
        var channelView = await RetailApi.ReadAsync<OrderDetail>(placed);

        using var read = await _api.Ops.GetAsync(new Uri("/ops/orders/o1", UriKind.Relative));
        var opsView = await RetailApi.ReadAsync<OrderDetail>(read);
        using var missing = await _api.Ops.GetAsync(new Uri("/ops/orders/o2", UriKind.Relative));

        Assert.Contains(opsView.Plan!.Rejections, r => r.Location == "s3" && r.Reason == "not-in-channel");
        Assert.DoesNotContain(channelView.Plan!.Rejections, r => r.Location == "s3");
        Assert.Equal((HttpStatusCode.NotFound, "unknown_order"), (missing.StatusCode, await RetailApi.CodeOf(missing)));
    }

    [Theory]
    [InlineData("web", HttpStatusCode.Forbidden, "forbidden")]
    [InlineData("none", HttpStatusCode.Unauthorized, "unauthorized")]
    public async Task OpsRoutes_WithoutTheOpsScope_RejectedAndNothingChanges(string client, HttpStatusCode status, string code)
    {
        await _api.SetStockAsync("tee", "s1", 5);
        using var placed = await OrderEndpointsTests.PlaceAsync(_api.Web, "o1", OrderEndpointsTests.Ship(("tee", 1)));
        var http = client == "web" ? _api.Web : _api.Server.Anonymous;

        using var release = await RetailApi.SendAsync(http, HttpMethod.Post, "/ops/orders/o1/release");
        using var read = await http.GetAsync(new Uri("/ops/orders/o1", UriKind.Relative));

        Assert.Equal((status, code), (release.StatusCode, await RetailApi.CodeOf(release)));
        Assert.Equal(status, read.StatusCode);
        Assert.Equal(OrderStatus.Sourced, (await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync())!.Status);
    }

    private Task<HttpResponseMessage> Step(string order, string step) => RetailApi.SendAsync(_api.Ops, HttpMethod.Post, $"/ops/orders/{order}/{step}");
}
