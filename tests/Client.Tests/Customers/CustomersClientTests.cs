using System.Net;
using Grid.Client.Tests.Orders;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Customers;
using Grid.Contracts.Locations;

namespace Grid.Client.Tests.Customers;

public sealed class CustomersClientTests : IAsyncLifetime
{
    private static readonly CustomerAddressView Home = new("Home", "1 High Street", new GeoPosition(51.5, -0.12));

    private RetailGrid _grid = null!;

    public async Task InitializeAsync() => _grid = await RetailGrid.StartAsync();

    public async Task DisposeAsync() => await _grid.DisposeAsync();

    [Fact]
    public async Task RegisterAsync_ThenReplacedFromAnotherChannel_EveryChannelReadsTheSameSingleView()
    {
        var registered = await _grid.Web.Customers.RegisterAsync("ann", new CustomerProfileRequest("Ann", "ann@example.com", [Home], "s1"));
        var replaced = await _grid.App.Customers.RegisterAsync("ann", new CustomerProfileRequest("Ann Lee", "ann@example.org", [Home]));

        var fromWeb = await _grid.Web.Customers.GetAsync("ann");
        var fromPos = await _grid.Pos.Customers.GetAsync("ann");

        Assert.Equal(("ann", "Ann", "s1"), (registered.Id, registered.Name, registered.PreferredStore));
        Assert.Equal(Home, Assert.Single(registered.Addresses));
        Assert.Equal(("Ann Lee", null), (replaced.Name, replaced.PreferredStore));
        Assert.Equal(("ann", "Ann Lee", "ann@example.org"), (fromWeb.Id, fromWeb.Profile!.Name, fromWeb.Profile.Email));
        Assert.Equal((fromWeb.Profile.Name, fromWeb.Profile.Email), (fromPos.Profile!.Name, fromPos.Profile.Email));
        Assert.Empty(fromWeb.Orders);
    }

    [Fact]
    public async Task GetAsync_OrdersOnTwoChannels_BothSummarisedInTheSingleView()
    {
        await _grid.SetStockAsync("tee", "s1", 5);
        await _grid.Web.Orders.PlaceAsync("o1", OrdersClientTests.Ship(("tee", 1)) with { CustomerId = "ann" });
        await _grid.App.Orders.PlaceAsync("o2", OrdersClientTests.Ship(("tee", 2)) with { CustomerId = "ann" });

        var view = await _grid.Pos.Customers.GetAsync("ann");

        Assert.Null(view.Profile);
        Assert.Equal([("o1", "web", 1), ("o2", "app", 2)], view.Orders.Select(o => (o.Order, o.Channel, o.Units)).Order());
        Assert.All(view.Orders, o => Assert.Equal("sourced", o.Status));
    }

    [Fact]
    public async Task RecordTouchpointAsync_FromTwoChannels_BothInTheSingleViewNewestFirst()
    {
        var visit = await _grid.Web.Customers.RecordTouchpointAsync("ann", new TouchpointRequest("visit", "/home"));
        await _grid.Pos.Customers.RecordTouchpointAsync("ann", new TouchpointRequest("support", "case-17"));

        var view = await _grid.App.Customers.GetAsync("ann");

        Assert.Equal(("web", "visit", "/home"), (visit.Channel, visit.Kind, visit.Reference));
        Assert.Null(view.Profile);
        Assert.Equal([("pos", "support"), ("web", "visit")], view.Touchpoints.Select(t => (t.Channel, t.Kind)));
    }

    [Fact]
    public async Task RecordTouchpointAsync_AnswerLost_RetriedWithTheSameKeyAndRecordedOnce()
    {
        var handler = new ScriptedHandler().ThenDropResponse();
        var web = _grid.Server.GridClient(_grid.WebKey, handler: handler);

        await web.Customers.RecordTouchpointAsync("ann", new TouchpointRequest("visit", "/home"));

        Assert.Equal(2, handler.Sent.Count);
        Assert.Single(handler.Sent.Select(s => s.IdempotencyKey).Distinct());
        Assert.Single((await _grid.Web.Customers.GetAsync("ann")).Touchpoints);
    }

    [Fact]
    public async Task GetAsync_CustomerNeverSeen_ThrowsUnknownCustomer404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Customers.GetAsync("nobody"));
        var badId = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Customers.GetAsync("no body"));

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownCustomer), (thrown.StatusCode, thrown.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidCustomerId), (badId.StatusCode, badId.Code));
    }

    [Fact]
    public async Task Calls_BrokenRules_ThrowTheirStableCodesAndNothingIsRecorded()
    {
        var email = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Customers.RegisterAsync("ann", new CustomerProfileRequest("Ann", "not-an-email")));
        var position = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Customers.RegisterAsync("ann", new CustomerProfileRequest("Ann", "ann@example.com", [Home with { Position = new(100, 0) }])));
        var kind = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Customers.RecordTouchpointAsync("ann", new TouchpointRequest("teleport", "x")));
        var reference = await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Customers.RecordTouchpointAsync("ann", new TouchpointRequest("visit", new string('x', 201))));

        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidCustomer), (email.StatusCode, email.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidPosition), (position.StatusCode, position.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidTouchpoint), (kind.StatusCode, kind.Code));
        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidTouchpoint), (reference.StatusCode, reference.Code));
        Assert.Equal(GridErrorCodes.UnknownCustomer, (await Assert.ThrowsAsync<GridApiException>(() => _grid.Web.Customers.GetAsync("ann"))).Code);
    }
}
