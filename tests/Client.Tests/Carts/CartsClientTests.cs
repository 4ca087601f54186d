using System.Net;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Carts;
using Grid.Contracts.Customers;
using Grid.Contracts.Inventory;
using Grid.Contracts.Orders;

namespace Grid.Client.Tests.Carts;

public sealed class CartsClientTests : IAsyncLifetime
{
    private RetailGrid _grid = null!;

    public async Task InitializeAsync() => _grid = await RetailGrid.StartAsync();

    public async Task DisposeAsync() => await _grid.DisposeAsync();

    [Fact]
    public async Task CartToDelivered_ThroughTheClientOnly_CheckoutPlacesTheOrderAndTheCustomerSeesItAll()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        await _grid.SetStockAsync("cap", "s1", 3);
        await _grid.Web.Customers.RegisterAsync("ann", new CustomerProfileRequest("Ann", "ann@example.com"));

        var cart = await _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 2, "ann", RetailGrid.Home));
        await _grid.Web.Carts.AddLineAsync(cart.Id, new AddCartLineRequest("cap", 1));
        var filled = await _grid.Web.Carts.GetAsync(cart.Id);
        var done = await _grid.Web.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o1", "ship", RetailGrid.Home));
        await _grid.Ops.Fulfilment.ReleaseAsync("o1");
        await _grid.Ops.Fulfilment.PickAsync("o1", "s1");
        await _grid.Ops.Fulfilment.ShipAsync("o1", "s1");
        await _grid.Ops.Fulfilment.ConfirmDeliveryAsync("o1");
        var view = await _grid.Web.Customers.GetAsync("ann");

        Assert.Equal(("web", "ann", "open"), (cart.Channel, cart.Customer, cart.State));
        Assert.StartsWith("cart-", cart.Id, StringComparison.Ordinal);
        Assert.Equal([new LineItem("tee", 2), new LineItem("cap", 1)], filled.Lines);
        Assert.Empty(filled.Holds);
        Assert.Equal(("checked-out", "o1"), (done.Cart.State, done.Cart.Order));
        Assert.Equal(("o1", "web", "ann", "sourced"), (done.Order.Id, done.Order.Channel, done.Order.Customer, done.Order.Status));
        Assert.Equal("delivered", (await _grid.Web.Orders.GetAsync("o1")).Status);
        Assert.Equal((cart.Id, "checked-out"), (Assert.Single(view.Carts).Cart, view.Carts[0].State));
        Assert.Equal(("o1", "delivered"), (Assert.Single(view.Orders).Order, view.Orders[0].Status));
        Assert.Contains(view.Touchpoints, t => t.Kind == "checkout" && t.Reference == "o1");
        Assert.Equal((3L, 0L), ((await Levels("tee", "s1")).OnHand, (await Levels("tee", "s1")).Allocated));
    }

    [Fact]
    public async Task CreateAsync_AddToCartChannel_HoldsStockNearTheCustomerAndRemoveLineReleasesIt()
    {
        await _grid.SetStockAsync("tee", "s1", 3);

        var cart = await _grid.App.Carts.CreateAsync(new AddCartLineRequest("tee", 2, Near: RetailGrid.Home));
        var held = await Levels("tee", "s1");
        var emptied = await _grid.App.Carts.RemoveLineAsync(cart.Id, "tee");

        Assert.Equal(new CartHoldView("tee", "s1", 2), Assert.Single(cart.Holds));
        Assert.Equal((2L, 1L), (held.Reserved, held.AvailableToSell));
        Assert.Empty(emptied.Lines);
        Assert.Empty(emptied.Holds);
        Assert.Equal(0, (await Levels("tee", "s1")).Reserved);
    }

    [Fact]
    public async Task CreateAsync_AnswerLostAfterTheServerMadeTheCart_RetryAnswersTheSameCartAndHoldsOnce()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        var handler = new ScriptedHandler().ThenDropResponse();
        var app = _grid.Server.GridClient(_grid.AppKey, handler: handler);

        var cart = await app.Carts.CreateAsync(new AddCartLineRequest("tee", 2, "ann", RetailGrid.Home));

        var sent = handler.Sent.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.All(sent, s => Assert.Equal((HttpMethod.Post, "/v1/carts"), (s.Method, s.Path)));
        Assert.Equal(sent[0].IdempotencyKey, sent[1].IdempotencyKey);
        Assert.Contains(cart.Id, Assert.Single(handler.Dropped), StringComparison.Ordinal);
        Assert.Equal(2, (await Levels("tee", "s1")).Reserved);
        Assert.Equal(cart.Id, Assert.Single((await _grid.App.Customers.GetAsync("ann")).Carts).Cart);
    }

    [Fact]
    public async Task CreateAsync_SameKeyAgain_SameCartAndAnotherKeyANewOne()
    {
        var line = new AddCartLineRequest("tee", 1);

        var first = await _grid.Web.Carts.CreateAsync(line, "session-1");
        var again = await _grid.Web.Carts.CreateAsync(line, "session-1");
        var other = await _grid.Web.Carts.CreateAsync(line, "session-2");

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, other.Id);
        Assert.Equal(1, Assert.Single((await _grid.Web.Carts.GetAsync(first.Id)).Lines).Quantity);
    }

    [Fact]
    public async Task SwitchAsync_CartStartedInTheAppNamingItsCustomer_MovesToTheStoreWithItsHoldsAndIsCheckedOutThere()
    {
        await _grid.SetStockAsync("tee", "s1", 3);
        var cart = await _grid.App.Carts.CreateAsync(new AddCartLineRequest("tee", 2, "ann", PickupStore: "s1"));

        var moved = await _grid.Pos.Carts.SwitchAsync(cart.Id, new SwitchCartRequest("ann"));
        var appLostIt = await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.GetAsync(cart.Id));
        var done = await _grid.Pos.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o1", "pickup", PickupStore: "s1"));
        var appCannotSeeTheOrder = await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Orders.GetAsync("o1"));

        Assert.Equal(("pos", "ann"), (moved.Channel, moved.Customer));
        Assert.Equal(new CartHoldView("tee", "s1", 2), Assert.Single(moved.Holds));
        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownCart), (appLostIt.StatusCode, appLostIt.Code));
        Assert.Equal(("pos", "sourced", "s1"), (done.Order.Channel, done.Order.Status, Assert.Single(done.Order.Legs).Location));
        Assert.Equal("pos", (await _grid.Pos.Orders.GetAsync("o1")).Channel);
        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownOrder), (appCannotSeeTheOrder.StatusCode, appCannotSeeTheOrder.Code));
        var levels = await Levels("tee", "s1");
        Assert.Equal((0L, 2L, 1L), (levels.Reserved, levels.Allocated, levels.AvailableToSell));
    }

    [Fact]
    public async Task SwitchAsync_WithoutTheCartsCustomer_ThrowsUnknownCartOrCustomerMismatchAndTheCartStays()
    {
        var anonymous = await _grid.App.Carts.CreateAsync(new AddCartLineRequest("tee", 1));
        var anns = await _grid.App.Carts.CreateAsync(new AddCartLineRequest("tee", 1, "ann"));

        var noCustomer = await Assert.ThrowsAsync<GridApiException>(() => _grid.Pos.Carts.SwitchAsync(anonymous.Id, new SwitchCartRequest("ann")));
        var someoneElse = await Assert.ThrowsAsync<GridApiException>(() => _grid.Pos.Carts.SwitchAsync(anns.Id, new SwitchCartRequest("bob")));
        var ownAsBob = await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.SwitchAsync(anns.Id, new SwitchCartRequest("bob")));
        var addAsBob = await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.AddLineAsync(anns.Id, new AddCartLineRequest("cap", 1, "bob")));

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownCart), (noCustomer.StatusCode, noCustomer.Code));
        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownCart), (someoneElse.StatusCode, someoneElse.Code));
        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.CustomerMismatch), (ownAsBob.StatusCode, ownAsBob.Code));
        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.CustomerMismatch), (addAsBob.StatusCode, addAsBob.Code));
        Assert.Equal("app", (await _grid.App.Carts.GetAsync(anonymous.Id)).Channel);
        Assert.Equal(("app", "ann", 1), ((await _grid.App.Carts.GetAsync(anns.Id)).Channel, anns.Customer, (await _grid.App.Carts.GetAsync(anns.Id)).Lines.Count));
    }

    [Fact]
    public async Task OtherChannel_EveryCartCall_ThrowsUnknownCart404AsForAMissingCartAndTheCartIsUnchanged()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        var cart = await _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 1, "ann"));

        var thrown = new[]
        {
            await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.GetAsync(cart.Id)),
            await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.AddLineAsync(cart.Id, new AddCartLineRequest("tee", 1, "ann"))),
            await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.RemoveLineAsync(cart.Id, "tee")),
            await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o1", "ship", RetailGrid.Home))),
            await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Carts.GetAsync("cart-nothing")),
        };

        Assert.All(thrown, t => Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownCart), (t.StatusCode, t.Code)));
        Assert.All(thrown, t => Assert.DoesNotContain("ann", t.Message, StringComparison.Ordinal));
        var stored = await _grid.Web.Carts.GetAsync(cart.Id);
        Assert.Equal(("web", "open", 1), (stored.Channel, stored.State, Assert.Single(stored.Lines).Quantity));
        Assert.Equal(GridErrorCodes.UnknownOrder, (await Assert.ThrowsAsync<GridApiException>(() => _grid.App.Orders.GetAsync("o1"))).Code);
    }

    [Fact]
    public async Task CheckoutAsync_NotSourceable_ThrowsCheckoutFailedWithTheReasonAndRejectionsAndTheOrderIdIsUsedUp()
    {
        var cart = await _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 1));

        var failed = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o1", "ship", RetailGrid.Home)));
        var stillOpen = await _grid.Web.Carts.GetAsync(cart.Id);
        await _grid.SetStockAsync("tee", "s1", 5);
        var sameId = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o1", "ship", RetailGrid.Home)));
        var done = await _grid.Web.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o2", "ship", RetailGrid.Home));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.CheckoutFailed), (failed.StatusCode, failed.Code));
        Assert.True(failed.TryGetExtension<string>("reason", out var reason));
        Assert.Equal(GridErrorCodes.NotSourceable, reason);
        Assert.True(failed.TryGetExtension<IReadOnlyList<CandidateRejectionView>>("rejections", out var rejections));
        Assert.Equal(["s1", "s2"], rejections.Select(r => r.Location).Order());
        Assert.Equal("open", stillOpen.State);
        Assert.Equal("rejected", (await _grid.Web.Orders.GetAsync("o1")).Status);
        Assert.Equal(GridErrorCodes.CheckoutFailed, sameId.Code);
        Assert.True(sameId.TryGetExtension<string>("reason", out var sameIdReason));
        Assert.Equal(GridErrorCodes.OrderExists, sameIdReason);
        Assert.False(sameId.TryGetExtension<IReadOnlyList<CandidateRejectionView>>("rejections", out _));
        Assert.Equal(("o2", "sourced"), (done.Order.Id, done.Order.Status));
    }

    [Fact]
    public async Task CheckoutAsync_EmptyOrCheckedOutCart_ThrowsCartEmptyThenCartClosed()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        var cart = await _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 1));
        await _grid.Web.Carts.RemoveLineAsync(cart.Id, "tee");

        var empty = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o1", "ship", RetailGrid.Home)));
        await _grid.Web.Carts.AddLineAsync(cart.Id, new AddCartLineRequest("tee", 2));
        await _grid.Web.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o1", "ship", RetailGrid.Home));
        var closed = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.CheckoutAsync(cart.Id, new CheckoutRequest("o2", "ship", RetailGrid.Home)));
        var late = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.AddLineAsync(cart.Id, new AddCartLineRequest("tee", 1)));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.CartEmpty), (empty.StatusCode, empty.Code));
        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.CartClosed), (closed.StatusCode, closed.Code));
        Assert.Equal(GridErrorCodes.CartClosed, late.Code);
        Assert.Equal(2, (await Levels("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task CheckoutAsync_SameKeyAgain_AnswersTheSameCheckoutAndAllocatesOnce()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        var cart = await _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 2));
        var checkout = new CheckoutRequest("o1", "ship", RetailGrid.Home);

        var first = await _grid.Web.Carts.CheckoutAsync(cart.Id, checkout, "checkout-1");
        var again = await _grid.Web.Carts.CheckoutAsync(cart.Id, checkout, "checkout-1");

        Assert.Equal((first.Order.Id, first.Order.PlacedAt, first.Cart.State), (again.Order.Id, again.Order.PlacedAt, again.Cart.State));
        Assert.Equal(2, (await Levels("tee", "s1")).Allocated);
    }

    [Fact]
    public async Task CartCalls_BrokenRules_ThrowTheirStableCodes()
    {
        var cart = await _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 1));

        var zero = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 0)));
        var offTheMap = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.CreateAsync(new AddCartLineRequest("tee", 1, Near: new(0, 181))));
        var notInCart = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.RemoveLineAsync(cart.Id, "cap"));
        var badId = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.GetAsync("bad id"));
        var badCustomer = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Carts.SwitchAsync(cart.Id, new SwitchCartRequest("a n n")));

        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidCart), (zero.StatusCode, zero.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidPosition), (offTheMap.StatusCode, offTheMap.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidCart), (notInCart.StatusCode, notInCart.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidCartId), (badId.StatusCode, badId.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidCustomerId), (badCustomer.StatusCode, badCustomer.Code));
        Assert.Single((await _grid.Web.Carts.GetAsync(cart.Id)).Lines);
    }

    private async Task<StockLevels> Levels(string sku, string location) => (await _grid.Ops.Stock.GetAsync(sku, location)).Levels;
}
