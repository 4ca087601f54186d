using System.Net;
using System.Text.Json;
using Grid.Api.Tests.Testing;
using Grid.Contracts.Orders;
using Grid.Grains.Locations;
using Grid.Grains.Orders;

namespace Grid.Api.Tests.Orders;

public sealed class OrderEndpointsTests : IAsyncLifetime
{
    private RetailApi _api = null!;

    public async Task InitializeAsync() => _api = await RetailApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Place_ShipOrder_201SourcedAtTheNearestStoreThatHasEveryLineWithThePlanExplained()
    {
        await _api.SetStockAsync("tee", "s1", 1);
        await _api.SetStockAsync("tee", "s2", 5);

        using var placed = await PlaceAsync(_api.Web, "o1", Ship(("tee", 2)));
        var order = await RetailApi.ReadAsync<OrderDetail>(placed);

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        Assert.Equal("/v1/orders/o1", placed.Headers.Location?.OriginalString);
        Assert.Equal(("o1", "web", "sourced", "ship"), (order.Id, order.Channel, order.Status, order.Delivery));
        var leg = Assert.Single(order.Legs);
        Assert.Equal(("s2", "allocated", 2), (leg.Location, leg.Status, Assert.Single(leg.Lines).Quantity));
        Assert.Equal(("sourced", "single-location"), (order.Plan!.Outcome, order.Plan.Rule));
        var s1 = Assert.Single(order.Plan.Rejections, r => r.Location == "s1");
        Assert.Equal("insufficient-stock", s1.Reason);
        Assert.DoesNotContain(order.Plan.Rejections, r => r.Location == "s3" || r.Reason == "not-in-channel");
        Assert.Equal(["placed", "sourced"], order.History.Select(e => e.Kind));
        Assert.Equal((2, 0), ((await _api.StockAsync("tee", "s2")).Allocated, (await _api.StockAsync("tee", "s1")).Allocated));
    }

    [Fact]
    public async Task Place_NothingInStock_409NotSourceableWithEveryCandidateOfTheChannelExplained()
    {
        using var placed = await PlaceAsync(_api.Web, "o1", Ship(("tee", 1)));
        var problem = await RetailApi.ProblemAsync(placed);
        using var read = await _api.Web.GetAsync(new Uri("/v1/orders/o1", UriKind.Relative));
        var order = await RetailApi.ReadAsync<OrderDetail>(read);

        Assert.Equal(HttpStatusCode.Conflict, placed.StatusCode);
        Assert.Equal("not_sourceable", problem.GetProperty("code").GetString());
        var rejections = problem.GetProperty("rejections").EnumerateArray().Select(r => (r.GetProperty("location").GetString(), r.GetProperty("reason").GetString())).ToList();
        Assert.Equal([("s1", "insufficient-stock"), ("s2", "insufficient-stock")], rejections.Order());
        Assert.Contains("tee", problem.GetProperty("rejections")[0].GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(("rejected", "rejected"), (order.Status, order.Plan!.Outcome));
        Assert.Empty(order.Legs);
    }

    [Fact]
    public async Task Place_PickupStoreCannotFill_409NotSourceableNamingTheNearestStoresThatCan()
    {
        await _api.SetStockAsync("mug", "s1", 1);
        await _api.SetStockAsync("mug", "s2", 5);

        using var placed = await PlaceAsync(_api.Web, "o1", new PlaceOrderRequest("pickup", [new LineItem("mug", 3)], null, null, "s1"));
        var problem = await RetailApi.ProblemAsync(placed);

        Assert.Equal(HttpStatusCode.Conflict, placed.StatusCode);
        Assert.Equal("not_sourceable", problem.GetProperty("code").GetString());
        Assert.Equal(["s2"], problem.GetProperty("alternatives").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains(problem.GetProperty("rejections").EnumerateArray(), r => r.GetProperty("location").GetString() == "s1" && r.GetProperty("reason").GetString() == "insufficient-stock");
        Assert.Equal((0, 0), ((await _api.StockAsync("mug", "s1")).Reserved, (await _api.StockAsync("mug", "s2")).Reserved));
    }

    [Fact]
    public async Task Place_SameKeyReplayedThenReusedThenNewKey_ReplaysOnce422ThenOrderExistsAndAllocatesOnce()
    {
        await _api.SetStockAsync("tee", "s1", 5);

        using var first = await PlaceAsync(_api.Web, "o1", Ship(("tee", 2)), key: "place-1");
        using var again = await PlaceAsync(_api.Web, "o1", Ship(("tee", 2)), key: "place-1");
        using var reused = await PlaceAsync(_api.Web, "o1", Ship(("tee", 3)), key: "place-1");
        using var newKey = await PlaceAsync(_api.Web, "o1", Ship(("tee", 2)));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("idempotency_key_reused", await RetailApi.CodeOf(reused));
        Assert.Equal(HttpStatusCode.Conflict, newKey.StatusCode);
        Assert.Equal("order_exists", await RetailApi.CodeOf(newKey));
        Assert.Equal(2, (await _api.StockAsync("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task OtherChannel_GetCancelReturn_404ExactlyAsAnOrderThatDoesNotExistAndTheOrderIsUntouched()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        using var placed = await PlaceAsync(_api.App, "o1", Ship(("tee", 2)));

        using var get = await _api.Web.GetAsync(new Uri("/v1/orders/o1", UriKind.Relative));
        using var missing = await _api.Web.GetAsync(new Uri("/v1/orders/o2", UriKind.Relative));
        using var cancel = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/cancel", new CancelOrderRequest("not mine"));
        using var returned = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/returns", new ReturnItemsRequest("tee", 1, "s1", true));

        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);
        foreach (var response in new[] { get, cancel, returned })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("unknown_order", await RetailApi.CodeOf(response));
            Assert.Equal(Keys(await RetailApi.ProblemAsync(missing)), Keys(await RetailApi.ProblemAsync(response)));
            Assert.DoesNotContain("app", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var order = await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync();
        Assert.Equal(OrderStatus.Sourced, order!.Status);
        Assert.Equal(2, (await _api.StockAsync("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task Place_IdTakenByAnotherChannel_409OrderExistsSayingNothingOfTheOtherOrder()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        using var theirs = await PlaceAsync(_api.App, "o1", new PlaceOrderRequest("ship", [new LineItem("tee", 2)], "ann", RetailApi.Home, null));

        using var mine = await PlaceAsync(_api.Web, "o1", Ship(("tee", 1)));
        var body = await mine.Content.ReadAsStringAsync();
        var problem = await RetailApi.ProblemAsync(mine);

        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        Assert.Equal("order_exists", problem.GetProperty("code").GetString());
        Assert.Equal(["code", "detail", "status", "title", "traceId", "type"], Keys(problem));
        foreach (var leak in new[] { "app", "ann", "s1", "tee", "sourced" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }

        Assert.Equal(2, (await _api.StockAsync("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task Cancel_SourcedOrder_AllocationsAndCapacityGoBackAndAReplayChangesNothing()
    {
        await _api.SetStockAsync("tee", "s1", 4);
        using var placed = await PlaceAsync(_api.Web, "o1", Ship(("tee", 3)));
        var taken = (await _api.Server.Grains.GetGrain<ILocationGrain>("s1").GetStatusAsync())!.OrdersTaken;

        using var cancelled = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/cancel", new CancelOrderRequest("changed my mind"), key: "cancel-1");
        using var again = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/cancel", new CancelOrderRequest("changed my mind"), key: "cancel-1");
        var order = await RetailApi.ReadAsync<OrderDetail>(cancelled);

        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        Assert.Equal("cancelled", order.Status);
        Assert.All(order.Legs, leg => Assert.Equal("cancelled", leg.Status));
        Assert.Equal("changed my mind", order.History[^1].Detail);
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(1, taken);
        Assert.Equal(0, (await _api.Server.Grains.GetGrain<ILocationGrain>("s1").GetStatusAsync())!.OrdersTaken);
        var stock = await _api.StockAsync("tee", "s1");
        Assert.Equal((4, 0, 0, 4), (stock.OnHand, stock.Reserved, stock.Allocated, stock.AvailableToSell));
    }

    [Fact]
    public async Task Cancel_AfterItShipped_409InvalidTransitionAndTheOrderStaysShipped()
    {
        await _api.SetStockAsync("tee", "s1", 4);
        using var placed = await PlaceAsync(_api.Web, "o1", Ship(("tee", 1)));
        await _api.ShipAsync("o1", "s1");

        using var cancelled = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/cancel", new CancelOrderRequest("too late"));
        using var empty = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/cancel", new CancelOrderRequest(""));

        Assert.Equal(HttpStatusCode.Conflict, cancelled.StatusCode);
        Assert.Equal("invalid_transition", await RetailApi.CodeOf(cancelled));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("invalid_order", await RetailApi.CodeOf(empty));
        Assert.Equal(OrderStatus.Shipped, (await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync())!.Status);
    }

    [Fact]
    public async Task Return_AtAnotherStoreOfTheChannel_RestockedThereUntilNothingIsLeftToReturn()
    {
        await _api.SetStockAsync("tee", "s1", 3);
        using var placed = await PlaceAsync(_api.Web, "o1", Ship(("tee", 3)));
        await _api.ShipAsync("o1", "s1");
        await _api.OpsStepAsync("o1", "delivered");

        using var resold = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/returns", new ReturnItemsRequest("tee", 2, "s2", true));
        var partly = await RetailApi.ReadAsync<OrderDetail>(resold);
        using var tooMany = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/returns", new ReturnItemsRequest("tee", 2, "s2", true));
        using var notTheChannels = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/returns", new ReturnItemsRequest("tee", 1, "s3", true));
        using var zero = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/returns", new ReturnItemsRequest("tee", 0, "s2", true));
        using var damaged = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/returns", new ReturnItemsRequest("tee", 1, "s2", false));
        var all = await RetailApi.ReadAsync<OrderDetail>(damaged);

        Assert.Equal(HttpStatusCode.OK, resold.StatusCode);
        Assert.Equal("partially-returned", partly.Status);
        Assert.Equal(new LineItem("tee", 2), Assert.Single(partly.Returned));
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        Assert.Equal("return_exceeds_order", await RetailApi.CodeOf(tooMany));
        Assert.Equal(HttpStatusCode.NotFound, notTheChannels.StatusCode);
        Assert.Equal("unknown_location", await RetailApi.CodeOf(notTheChannels));
        Assert.Equal(HttpStatusCode.BadRequest, zero.StatusCode);
        Assert.Equal("invalid_quantity", await RetailApi.CodeOf(zero));
        Assert.Equal(HttpStatusCode.OK, damaged.StatusCode);
        Assert.Equal("returned", all.Status);
        Assert.Equal((2, 0, 0), ((await _api.StockAsync("tee", "s2")).OnHand, (await _api.StockAsync("tee", "s1")).OnHand, (await _api.StockAsync("tee", "s3")).OnHand));
    }

    [Fact]
    public async Task Return_BeforeTheOrderIsFulfilled_409InvalidTransition()
    {
        await _api.SetStockAsync("tee", "s1", 3);
        using var placed = await PlaceAsync(_api.Web, "o1", Ship(("tee", 1)));

        using var returned = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/orders/o1/returns", new ReturnItemsRequest("tee", 1, "s1", true));

        Assert.Equal(HttpStatusCode.Conflict, returned.StatusCode);
        Assert.Equal("invalid_transition", await RetailApi.CodeOf(returned));
        Assert.Equal(3, (await _api.StockAsync("tee", "s1")).OnHand);
    }

    [Theory]
    [InlineData("o%201", """{"delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[{"sku":"tee","quantity":1}]}""", 400, "invalid_order_id")]
    [InlineData("o1", """{"delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[]}""", 400, "invalid_order")]
    [InlineData("o1", """{"delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12}}""", 400, "invalid_request")]
    [InlineData("o1", """{"delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[{"sku":"tee","quantity":0}]}""", 400, "invalid_order")]
    [InlineData("o1", """{"delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[{"sku":"tee","quantity":1000001}]}""", 400, "invalid_order")]
    [InlineData("o1", """{"delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[{"sku":"tee","quantity":1},{"sku":"tee","quantity":2}]}""", 400, "invalid_order")]
    [InlineData("o1", """{"delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[{"sku":"t e e","quantity":1}]}""", 400, "invalid_sku")]
    [InlineData("o1", """{"delivery":"ship","lines":[{"sku":"tee","quantity":1}]}""", 400, "invalid_order")]
    [InlineData("o1", """{"delivery":"pickup","pickupStore":"s1","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[{"sku":"tee","quantity":1}]}""", 400, "invalid_order")]
    [InlineData("o1", """{"delivery":"drone","lines":[{"sku":"tee","quantity":1}]}""", 400, "invalid_order")]
    [InlineData("o1", """{"delivery":"ship","shipTo":{"latitude":91,"longitude":-0.12},"lines":[{"sku":"tee","quantity":1}]}""", 400, "invalid_position")]
    [InlineData("o1", """{"customerId":"a b","delivery":"ship","shipTo":{"latitude":51.5,"longitude":-0.12},"lines":[{"sku":"tee","quantity":1}]}""", 400, "invalid_customer_id")]
    [InlineData("o1", """{"delivery":"pickup","pickupStore":"s 1","lines":[{"sku":"tee","quantity":1}]}""", 400, "invalid_location")]
    [InlineData("o1", """{"delivery":"pickup","pickupStore":"s3","lines":[{"sku":"tee","quantity":1}]}""", 404, "unknown_location")]
    [InlineData("o1", """{"delivery":"ship","lines":[{"sku":"tee","quantity":"one"}]}""", 400, "invalid_request")]
    [InlineData("o1", """not json""", 400, "invalid_request")]
    public async Task Place_BrokenRule_RejectedWithAStableCodeAndNothingPlacedOrHeld(string id, string json, int status, string code)
    {
        await _api.SetStockAsync("tee", "s1", 5);

        using var placed = await RetailApi.SendJsonAsync(_api.Web, HttpMethod.Put, $"/v1/orders/{id}", json);

        Assert.Equal((HttpStatusCode)status, placed.StatusCode);
        Assert.Equal(code, await RetailApi.CodeOf(placed));
        Assert.Null(await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync());
        var stock = await _api.StockAsync("tee", "s1");
        Assert.Equal((0, 0), (stock.Reserved, stock.Allocated));
    }

    [Fact]
    public async Task Place_MoreThanAHundredLines_400InvalidOrder()
    {
        var lines = Enumerable.Range(0, 101).Select(i => new LineItem($"sku{i}", 1)).ToList();

        using var placed = await PlaceAsync(_api.Web, "o1", new PlaceOrderRequest("ship", lines, null, RetailApi.Home, null));

        Assert.Equal(HttpStatusCode.BadRequest, placed.StatusCode);
        Assert.Equal("invalid_order", await RetailApi.CodeOf(placed));
        Assert.Null(await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync());
    }

    [Theory]
    [InlineData("none", HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("ops", HttpStatusCode.Forbidden, "forbidden")]
    public async Task Place_WithoutAChannelKey_RejectedAndNothingPlaced(string client, HttpStatusCode status, string code)
    {
        var http = client == "ops" ? _api.Ops : _api.Server.Anonymous;

        using var placed = await PlaceAsync(http, "o1", Ship(("tee", 1)));

        Assert.Equal(status, placed.StatusCode);
        Assert.Equal(code, await RetailApi.CodeOf(placed));
        Assert.Null(await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync());
    }

    internal static PlaceOrderRequest Ship(params (string Sku, int Quantity)[] lines) =>
        new("ship", [.. lines.Select(l => new LineItem(l.Sku, l.Quantity))], ShipTo: RetailApi.Home);

    internal static Task<HttpResponseMessage> PlaceAsync(HttpClient client, string id, PlaceOrderRequest request, string? key = null) =>
        RetailApi.SendAsync(client, HttpMethod.Put, $"/v1/orders/{id}", request, key);

    private static List<string> Keys(JsonElement problem) => [.. problem.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];
}
