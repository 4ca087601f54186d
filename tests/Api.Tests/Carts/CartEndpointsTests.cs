using System.Net;
using Grid.Api.Tests.Orders;
using Grid.Api.Tests.Testing;
using Grid.Contracts.Carts;
using Grid.Contracts.Customers;
using Grid.Contracts.Orders;
using Grid.Grains.Carts;
using Grid.Grains.Orders;

namespace Grid.Api.Tests.Carts;

public sealed class CartEndpointsTests : IAsyncLifetime
{
    private RetailApi _api = null!;

    public async Task InitializeAsync() => _api = await RetailApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task CartToDelivered_ThroughHttp_CheckoutSourcesShipsAndTheCustomerSeesItAll()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        await _api.SetStockAsync("cap", "s1", 3);
        using var registered = await RetailApi.SendAsync(_api.Web, HttpMethod.Put, "/v1/customers/ann", new CustomerProfileRequest("Ann", "ann@example.com", null, null));

        using var created = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 2, "ann", RetailApi.Home, null));
        var cart = await RetailApi.ReadAsync<CartDetail>(created);
        using var added = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/lines", new AddCartLineRequest("cap", 1, null, null, null));
        using var read = await _api.Web.GetAsync(new Uri($"/v1/carts/{cart.Id}", UriKind.Relative));
        var filled = await RetailApi.ReadAsync<CartDetail>(read);
        using var checkout = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", RetailApi.Home, null));
        var done = await RetailApi.ReadAsync<CheckoutDetail>(checkout);
        await _api.ShipAsync("o1", "s1");
        await _api.OpsStepAsync("o1", "delivered");
        using var order = await _api.Web.GetAsync(new Uri("/v1/orders/o1", UriKind.Relative));
        using var customer = await _api.Web.GetAsync(new Uri("/v1/customers/ann", UriKind.Relative));
        var view = await RetailApi.ReadAsync<CustomerDetail>(customer);

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/v1/carts/{cart.Id}", created.Headers.Location?.OriginalString);
        Assert.Equal(("web", "ann", "open"), (cart.Channel, cart.Customer, cart.State));
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal([new LineItem("tee", 2), new LineItem("cap", 1)], filled.Lines);
        Assert.Empty(filled.Holds);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        Assert.Equal("/v1/orders/o1", checkout.Headers.Location?.OriginalString);
        Assert.Equal(("checked-out", "o1"), (done.Cart.State, done.Cart.Order));
        Assert.Equal(("o1", "web", "ann", "sourced"), (done.Order.Id, done.Order.Channel, done.Order.Customer, done.Order.Status));
        Assert.Equal("delivered", (await RetailApi.ReadAsync<OrderDetail>(order)).Status);
        Assert.Equal("Ann", view.Profile!.Name);
        Assert.Equal((cart.Id, "checked-out"), (Assert.Single(view.Carts).Cart, view.Carts[0].State));
        Assert.Equal(("o1", "delivered"), (Assert.Single(view.Orders).Order, view.Orders[0].Status));
        Assert.Contains(view.Touchpoints, t => t.Kind == "cart-activity" && t.Channel == "web");
        Assert.Contains(view.Touchpoints, t => t.Kind == "checkout" && t.Reference == "o1");
        Assert.Equal((3, 0), ((await _api.StockAsync("tee", "s1")).OnHand, (await _api.StockAsync("tee", "s1")).Allocated));
        Assert.Equal(2, (await _api.StockAsync("cap", "s1")).OnHand);
    }

    [Fact]
    public async Task Create_AddToCartChannel_HoldsStockNearTheCustomerUntilTheCartExpiresAndRemoveReleasesIt()
    {
        await _api.SetStockAsync("tee", "s1", 3);
        var before = DateTimeOffset.UtcNow;

        using var created = await RetailApi.SendAsync(_api.App, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 2, null, RetailApi.Home, null));
        var cart = await RetailApi.ReadAsync<CartDetail>(created);
        var held = await _api.StockAsync("tee", "s1");
        using var removed = await RetailApi.SendAsync(_api.App, HttpMethod.Delete, $"/v1/carts/{cart.Id}/lines/tee");
        var emptied = await RetailApi.ReadAsync<CartDetail>(removed);

        Assert.Equal(new CartHoldView("tee", "s1", 2), Assert.Single(cart.Holds));
        Assert.InRange(cart.ExpiresAt, before.AddSeconds(900), DateTimeOffset.UtcNow.AddSeconds(900));
        Assert.Equal((2, 1), (held.Reserved, held.AvailableToSell));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Empty(emptied.Lines);
        Assert.Empty(emptied.Holds);
        Assert.Equal(0, (await _api.StockAsync("tee", "s1")).Reserved);
    }

    [Fact]
    public async Task Create_AddToCartChannelWithoutStock_409InsufficientStockAndNoCart()
    {
        using var created = await RetailApi.SendAsync(_api.App, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 1, null, RetailApi.Home, null), key: "create-1");
        using var replay = await RetailApi.SendAsync(_api.App, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 1, null, RetailApi.Home, null), key: "create-1");

        Assert.Equal((HttpStatusCode.Conflict, "insufficient_stock"), (created.StatusCode, await RetailApi.CodeOf(created)));
        Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
        Assert.Equal(0, (await _api.StockAsync("tee", "s1")).Reserved);
    }

    [Fact]
    public async Task Create_SameKeyReplayed_SameCartOnceAndAnotherKeyANewCart()
    {
        using var first = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 1, null, null, null), key: "cart-1");
        using var again = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 1, null, null, null), key: "cart-1");
        using var reused = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 2, null, null, null), key: "cart-1");
        using var other = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 1, null, null, null), key: "cart-2");
        using var appSameKey = await RetailApi.SendAsync(_api.App, HttpMethod.Post, "/v1/carts", new AddCartLineRequest("tee", 1, null, null, null), key: "cart-1");
        var cart = await RetailApi.ReadAsync<CartDetail>(first);

        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "idempotency_key_reused"), (reused.StatusCode, await RetailApi.CodeOf(reused)));
        Assert.NotEqual(cart.Id, (await RetailApi.ReadAsync<CartDetail>(other)).Id);
        Assert.NotEqual(cart.Id, (await RetailApi.ReadAsync<CartDetail>(appSameKey)).Id);
        var stored = await _api.Server.Grains.GetGrain<ICartGrain>(cart.Id).GetAsync();
        Assert.Equal(1, Assert.Single(stored!.Lines).Quantity);
    }

    [Fact]
    public async Task Checkout_NotSourceable_409CheckoutFailedWithTheOrdersReasonAndRejectionsAndTheCartStaysOpen()
    {
        var cart = await CreateAsync(_api.Web, new AddCartLineRequest("tee", 1, null, null, null));

        using var checkout = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", RetailApi.Home, null));
        var problem = await RetailApi.ProblemAsync(checkout);
        using var read = await _api.Web.GetAsync(new Uri($"/v1/carts/{cart.Id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Conflict, checkout.StatusCode);
        Assert.Equal(("checkout_failed", "not_sourceable"), (problem.GetProperty("code").GetString(), problem.GetProperty("reason").GetString()));
        Assert.Equal(["s1", "s2"], problem.GetProperty("rejections").EnumerateArray().Select(r => r.GetProperty("location").GetString()).Order());
        Assert.Equal("open", (await RetailApi.ReadAsync<CartDetail>(read)).State);
        Assert.Equal(OrderStatus.Rejected, (await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync())!.Status);
    }

    [Fact]
    public async Task Checkout_ReplayedThenAnotherKey_SameOrderOnceThenCartClosed()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        var cart = await CreateAsync(_api.Web, new AddCartLineRequest("tee", 2, null, null, null));

        using var first = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", RetailApi.Home, null), key: "checkout-1");
        using var again = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", RetailApi.Home, null), key: "checkout-1");
        using var second = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o2", "ship", RetailApi.Home, null));
        using var late = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/lines", new AddCartLineRequest("tee", 1, null, null, null));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.Conflict, "cart_closed"), (second.StatusCode, await RetailApi.CodeOf(second)));
        Assert.Equal((HttpStatusCode.Conflict, "cart_closed"), (late.StatusCode, await RetailApi.CodeOf(late)));
        Assert.Null(await _api.Server.Grains.GetGrain<IOrderGrain>("o2").GetAsync());
        Assert.Equal(2, (await _api.StockAsync("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task Checkout_IntoAnOrderIdAnotherChannelTook_409CheckoutFailedSayingNothingOfThatOrder()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        using var theirs = await OrderEndpointsTests.PlaceAsync(_api.App, "o1", new PlaceOrderRequest("ship", [new LineItem("cap", 1)], "bob", RetailApi.Home, null));
        var cart = await CreateAsync(_api.Web, new AddCartLineRequest("tee", 1, null, null, null));

        using var checkout = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", RetailApi.Home, null));
        var body = await checkout.Content.ReadAsStringAsync();
        var problem = await RetailApi.ProblemAsync(checkout);

        Assert.Equal(HttpStatusCode.Conflict, checkout.StatusCode);
        Assert.Equal(("checkout_failed", "order_exists"), (problem.GetProperty("code").GetString(), problem.GetProperty("reason").GetString()));
        Assert.False(problem.TryGetProperty("rejections", out _));
        foreach (var leak in new[] { "app", "bob", "cap" })
        {
            Assert.DoesNotContain(leak, body, StringComparison.Ordinal);
        }

        Assert.Equal(CartState.Open, (await _api.Server.Grains.GetGrain<ICartGrain>(cart.Id).GetAsync())!.State);
    }

    [Fact]
    public async Task Checkout_EmptyCartOrBadDelivery_RejectedAndNothingPlaced()
    {
        var cart = await CreateAsync(_api.Web, new AddCartLineRequest("tee", 1, null, null, null));
        using var removed = await RetailApi.SendAsync(_api.Web, HttpMethod.Delete, $"/v1/carts/{cart.Id}/lines/tee");

        using var empty = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", RetailApi.Home, null));
        using var badId = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o 1", "ship", RetailApi.Home, null));
        using var noShipTo = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", null, null));
        using var farStore = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "pickup", null, "s3"));

        Assert.Equal((HttpStatusCode.Conflict, "cart_empty"), (empty.StatusCode, await RetailApi.CodeOf(empty)));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_order_id"), (badId.StatusCode, await RetailApi.CodeOf(badId)));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_order"), (noShipTo.StatusCode, await RetailApi.CodeOf(noShipTo)));
        Assert.Equal((HttpStatusCode.NotFound, "unknown_location"), (farStore.StatusCode, await RetailApi.CodeOf(farStore)));
        Assert.Null(await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync());
    }

    [Fact]
    public async Task OtherChannel_EveryCartOperation_404ExactlyAsACartThatDoesNotExistAndTheCartIsUnchanged()
    {
        await _api.SetStockAsync("tee", "s1", 5);
        var cart = await CreateAsync(_api.Web, new AddCartLineRequest("tee", 1, "ann", null, null));

        using var get = await _api.App.GetAsync(new Uri($"/v1/carts/{cart.Id}", UriKind.Relative));
        using var add = await RetailApi.SendAsync(_api.App, HttpMethod.Post, $"/v1/carts/{cart.Id}/lines", new AddCartLineRequest("tee", 1, "ann", null, null));
        using var remove = await RetailApi.SendAsync(_api.App, HttpMethod.Delete, $"/v1/carts/{cart.Id}/lines/tee");
        using var checkout = await RetailApi.SendAsync(_api.App, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "ship", RetailApi.Home, null));
        using var switchAsSomeoneElse = await RetailApi.SendAsync(_api.App, HttpMethod.Post, $"/v1/carts/{cart.Id}/switch", new SwitchCartRequest("bob"));
        using var missing = await _api.App.GetAsync(new Uri("/v1/carts/cart-nothing", UriKind.Relative));

        foreach (var response in new[] { get, add, remove, checkout, switchAsSomeoneElse, missing })
        {
            Assert.Equal((HttpStatusCode.NotFound, "unknown_cart"), (response.StatusCode, await RetailApi.CodeOf(response)));
            Assert.DoesNotContain("ann", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var stored = await _api.Server.Grains.GetGrain<ICartGrain>(cart.Id).GetAsync();
        Assert.Equal(("web", CartState.Open, 1), (stored!.Channel.Value, stored.State, Assert.Single(stored.Lines).Quantity));
        Assert.Null(await _api.Server.Grains.GetGrain<IOrderGrain>("o1").GetAsync());
        Assert.Equal(0, (await _api.StockAsync("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task Switch_NamingTheCartsCustomer_CartMovesWithItsHoldsAndTheOldChannelLosesIt()
    {
        await _api.SetStockAsync("tee", "s1", 3);
        var cart = await CreateAsync(_api.App, new AddCartLineRequest("tee", 2, "ann", null, "s1"));

        using var switched = await RetailApi.SendAsync(_api.Pos, HttpMethod.Post, $"/v1/carts/{cart.Id}/switch", new SwitchCartRequest("ann"));
        var moved = await RetailApi.ReadAsync<CartDetail>(switched);
        using var appLostIt = await _api.App.GetAsync(new Uri($"/v1/carts/{cart.Id}", UriKind.Relative));
        using var appCannotTakeItBackAsSomeoneElse = await RetailApi.SendAsync(_api.App, HttpMethod.Post, $"/v1/carts/{cart.Id}/switch", new SwitchCartRequest("bob"));
        using var checkout = await RetailApi.SendAsync(_api.Pos, HttpMethod.Post, $"/v1/carts/{cart.Id}/checkout", new CheckoutRequest("o1", "pickup", null, "s1"));
        var done = await RetailApi.ReadAsync<CheckoutDetail>(checkout);
        using var customer = await _api.Pos.GetAsync(new Uri("/v1/customers/ann", UriKind.Relative));
        var view = await RetailApi.ReadAsync<CustomerDetail>(customer);

        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Equal(("pos", "ann"), (moved.Channel, moved.Customer));
        Assert.Equal(new CartHoldView("tee", "s1", 2), Assert.Single(moved.Holds));
        Assert.Equal(HttpStatusCode.NotFound, appLostIt.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, appCannotTakeItBackAsSomeoneElse.StatusCode);
        Assert.Equal(HttpStatusCode.Created, checkout.StatusCode);
        Assert.Equal(("pos", "sourced", "s1"), (done.Order.Channel, done.Order.Status, Assert.Single(done.Order.Legs).Location));
        var stock = await _api.StockAsync("tee", "s1");
        Assert.Equal((0, 2, 1), (stock.Reserved, stock.Allocated, stock.AvailableToSell));
        Assert.Contains(view.Touchpoints, t => t.Channel == "app");
        Assert.Contains(view.Touchpoints, t => t.Channel == "pos");
    }

    [Fact]
    public async Task Switch_CartWithoutACustomerOrOwnCartNamingSomeoneElse_RejectedAndTheCartStays()
    {
        var anonymous = await CreateAsync(_api.App, new AddCartLineRequest("tee", 1, null, null, null));
        var anns = await CreateAsync(_api.App, new AddCartLineRequest("tee", 1, "ann", null, null));

        using var noCustomer = await RetailApi.SendAsync(_api.Pos, HttpMethod.Post, $"/v1/carts/{anonymous.Id}/switch", new SwitchCartRequest("ann"));
        using var ownAsBob = await RetailApi.SendAsync(_api.App, HttpMethod.Post, $"/v1/carts/{anns.Id}/switch", new SwitchCartRequest("bob"));
        using var addAsBob = await RetailApi.SendAsync(_api.App, HttpMethod.Post, $"/v1/carts/{anns.Id}/lines", new AddCartLineRequest("cap", 1, "bob", null, null));
        using var badCustomer = await RetailApi.SendAsync(_api.Pos, HttpMethod.Post, $"/v1/carts/{anns.Id}/switch", new SwitchCartRequest("a n n"));

        Assert.Equal((HttpStatusCode.NotFound, "unknown_cart"), (noCustomer.StatusCode, await RetailApi.CodeOf(noCustomer)));
        Assert.Equal((HttpStatusCode.Conflict, "customer_mismatch"), (ownAsBob.StatusCode, await RetailApi.CodeOf(ownAsBob)));
        Assert.Equal((HttpStatusCode.Conflict, "customer_mismatch"), (addAsBob.StatusCode, await RetailApi.CodeOf(addAsBob)));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_customer_id"), (badCustomer.StatusCode, await RetailApi.CodeOf(badCustomer)));
        Assert.Equal("app", (await _api.Server.Grains.GetGrain<ICartGrain>(anonymous.Id).GetAsync())!.Channel.Value);
        var stored = (await _api.Server.Grains.GetGrain<ICartGrain>(anns.Id).GetAsync())!;
        Assert.Equal(("app", "ann", 1), (stored.Channel.Value, stored.Customer!.Value.Value, stored.Lines.Count));
    }

    [Theory]
    [InlineData("""{"sku":"t e e","quantity":1}""", 400, "invalid_sku")]
    [InlineData("""{"sku":"tee","quantity":0}""", 400, "invalid_cart")]
    [InlineData("""{"sku":"tee","quantity":1000001}""", 400, "invalid_cart")]
    [InlineData("""{"sku":"tee","quantity":1,"customerId":"a n n"}""", 400, "invalid_customer_id")]
    [InlineData("""{"sku":"tee","quantity":1,"near":{"latitude":0,"longitude":181}}""", 400, "invalid_position")]
    [InlineData("""{"sku":"tee","quantity":1,"pickupStore":"s 1"}""", 400, "invalid_location")]
    [InlineData("""{"sku":"tee","quantity":1,"pickupStore":"s3"}""", 404, "unknown_location")]
    [InlineData("""{"sku":"tee"}""", 400, "invalid_request")]
    [InlineData("""[1,2]""", 400, "invalid_request")]
    public async Task Create_BrokenRule_RejectedWithAStableCodeAndNothingHeld(string json, int status, string code)
    {
        await _api.SetStockAsync("tee", "s1", 5);

        using var created = await RetailApi.SendJsonAsync(_api.App, HttpMethod.Post, "/v1/carts", json);

        Assert.Equal((HttpStatusCode)status, created.StatusCode);
        Assert.Equal(code, await RetailApi.CodeOf(created));
        Assert.Equal(0, (await _api.StockAsync("tee", "s1")).Reserved);
    }

    [Theory]
    [InlineData("GET", "/v1/carts/bad%20id", HttpStatusCode.BadRequest, "invalid_cart_id")]
    [InlineData("POST", "/v1/carts/bad%20id/lines", HttpStatusCode.BadRequest, "invalid_cart_id")]
    [InlineData("DELETE", "/v1/carts/cart-x/lines/t%20e", HttpStatusCode.BadRequest, "invalid_sku")]
    [InlineData("POST", "/v1/carts/cart-x/lines", HttpStatusCode.NotFound, "unknown_cart")]
    [InlineData("DELETE", "/v1/carts/cart-x/lines/tee", HttpStatusCode.NotFound, "unknown_cart")]
    public async Task CartRoute_BadIdOrUnknownCart_RejectedWithAStableCode(string method, string path, HttpStatusCode status, string code)
    {
        var body = method == "POST" ? new AddCartLineRequest("tee", 1, null, null, null) : null;

        using var response = await RetailApi.SendAsync(_api.Web, new HttpMethod(method), path, body);

        Assert.Equal((status, code), (response.StatusCode, await RetailApi.CodeOf(response)));
        Assert.Null(await _api.Server.Grains.GetGrain<ICartGrain>("cart-x").GetAsync());
    }

    [Fact]
    public async Task RemoveLine_SkuNotInTheCart_400InvalidCartAndTheCartIsUnchanged()
    {
        var cart = await CreateAsync(_api.Web, new AddCartLineRequest("tee", 1, null, null, null));

        using var removed = await RetailApi.SendAsync(_api.Web, HttpMethod.Delete, $"/v1/carts/{cart.Id}/lines/cap");

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_cart"), (removed.StatusCode, await RetailApi.CodeOf(removed)));
        Assert.Single((await _api.Server.Grains.GetGrain<ICartGrain>(cart.Id).GetAsync())!.Lines);
    }

    private static async Task<CartDetail> CreateAsync(HttpClient client, AddCartLineRequest request)
    {
        using var created = await RetailApi.SendAsync(client, HttpMethod.Post, "/v1/carts", request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return await RetailApi.ReadAsync<CartDetail>(created);
    }
}
