using System.Net;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Inventory;

namespace Grid.Client.Tests.Inventory;

public sealed class StockClientTests : IAsyncLifetime
{
    private ApiServer _server = null!;
    private GridClient _ops = null!;
    private GridClient _web = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.DefineStoreAsync("s1");
        await _server.DefineStoreAsync("s2");
        _ops = _server.GridClient(ApiServer.AdminKey);
        _web = _server.GridClient(await _server.DefineChannelAsync("web", ["s1"]));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task SetOnHandAsync_CycleCount_GetAsyncShowsTheLevels()
    {
        var outcome = await _ops.Stock.SetOnHandAsync("sku1", "s1", new SetOnHandRequest(12, "cycle count"));

        var detail = await _ops.Stock.GetAsync("sku1", "s1");

        Assert.Equal(new InventoryOutcome("sku1", "s1", 12, null, false), outcome);
        Assert.Equal(("sku1", "s1", 12L, 12L), (detail.Levels.Sku, detail.Levels.Location, detail.Levels.OnHand, detail.Levels.AvailableToSell));
        Assert.Empty(detail.Reservations);
        Assert.Empty(detail.Inbound);
    }

    [Fact]
    public async Task AdjustAsync_TillSale_LowersOnHand()
    {
        await _ops.Stock.SetOnHandAsync("sku1", "s1", new SetOnHandRequest(12, "cycle count"));

        var outcome = await _ops.Stock.AdjustAsync("sku1", "s1", new AdjustRequest(-5, "till sale"));

        Assert.Equal(7, outcome.Available);
        Assert.Equal(7, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.OnHand);
    }

    [Fact]
    public async Task AdjustAsync_BelowZero_ThrowsInsufficientStock409()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Stock.AdjustAsync("sku1", "s1", new AdjustRequest(-1, "shrink")));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.InsufficientStock), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task SetSafetyStockAsync_HeldBack_LowersAvailableToSell()
    {
        await _ops.Stock.SetOnHandAsync("sku1", "s1", new SetOnHandRequest(10, "cycle count"));

        var outcome = await _ops.Stock.SetSafetyStockAsync("sku1", "s1", new SafetyStockRequest(3));

        Assert.Equal(7, outcome.Available);
        Assert.Equal(3, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.SafetyStock);
    }

    [Fact]
    public async Task ExpectInboundAsync_ThenReceiveAsync_SupplyMovesOnHand()
    {
        var expectedOn = new DateOnly(2026, 3, 9);
        await _ops.Stock.ExpectInboundAsync("sku1", "s1", new ExpectInboundRequest("po-1", 20, expectedOn));
        var expected = await _ops.Stock.GetAsync("sku1", "s1");

        await _ops.Stock.ReceiveAsync("sku1", "s1", new ReceiveInboundRequest("po-1", 15));

        var received = await _ops.Stock.GetAsync("sku1", "s1");
        Assert.Equal([new InboundView("po-1", 20, expectedOn)], expected.Inbound);
        Assert.Equal([new InboundView("po-1", 5, expectedOn)], received.Inbound);
        Assert.Equal(15, received.Levels.OnHand);
    }

    [Fact]
    public async Task ReceiveAsync_UnknownSupply_ThrowsUnknownInbound404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Stock.ReceiveAsync("sku1", "s1", new ReceiveInboundRequest("po-9", 1)));

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownInbound), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task TransferOutAsync_AndTransferInAsync_MoveUnitsBetweenLocations()
    {
        await _ops.Stock.SetOnHandAsync("sku1", "s1", new SetOnHandRequest(10, "cycle count"));

        var sent = await _ops.Stock.TransferOutAsync("sku1", "s1", new TransferRequest("t-1", 4, "s2"));
        var arrived = await _ops.Stock.TransferInAsync("sku1", "s2", new TransferRequest("t-1", 4, "s1"));

        Assert.Equal((6L, 4L), (sent.Available, arrived.Available));
    }

    [Fact]
    public async Task TransferOutAsync_SameTransferIdOtherTerms_ThrowsDuplicateReference409()
    {
        await _ops.Stock.SetOnHandAsync("sku1", "s1", new SetOnHandRequest(10, "cycle count"));
        await _ops.Stock.TransferOutAsync("sku1", "s1", new TransferRequest("t-1", 4, "s2"));

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Stock.TransferOutAsync("sku1", "s1", new TransferRequest("t-1", 2, "s2")));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.DuplicateReference), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task FulfilAsync_AndReleaseAllocationAsync_ShipAndGiveBackAnOrdersUnits()
    {
        await _ops.Stock.SetOnHandAsync("sku1", "s1", new SetOnHandRequest(10, "cycle count"));
        await _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 5, 600, "checkout-1"));
        await _web.Inventory.CommitAsync("sku1", "s1", "r1", new CommitRequest("order-1"));

        await _ops.Stock.FulfilAsync("sku1", "s1", new AllocationRequest("order-1", 3));
        var released = await _ops.Stock.ReleaseAllocationAsync("sku1", "s1", new AllocationRequest("order-1", 2));

        var levels = (await _ops.Stock.GetAsync("sku1", "s1")).Levels;
        Assert.Equal((7L, 0L, 7L), (levels.OnHand, levels.Allocated, released.Available));
    }

    [Fact]
    public async Task FulfilAsync_NoSuchAllocation_ThrowsUnknownAllocation409()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Stock.FulfilAsync("sku1", "s1", new AllocationRequest("order-9", 1)));

        Assert.Equal((HttpStatusCode.Conflict, GridErrorCodes.UnknownAllocation), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task ReturnAsync_ResellableAndNot_OnlyResellableBackOnHand()
    {
        await _ops.Stock.ReturnAsync("sku1", "s1", new ReturnStockRequest(2, true, "ret-1"));
        var outcome = await _ops.Stock.ReturnAsync("sku1", "s1", new ReturnStockRequest(3, false, "ret-2"));

        Assert.Equal(2, outcome.Available);
        Assert.Equal(2, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.OnHand);
    }

    [Fact]
    public async Task AdjustAsync_ChannelKey_ThrowsForbidden403()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _web.Stock.AdjustAsync("sku1", "s1", new AdjustRequest(1, "find")));

        Assert.Equal((HttpStatusCode.Forbidden, GridErrorCodes.Forbidden), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task AdjustAsync_ZeroDelta_ThrowsInvalidQuantity400()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Stock.AdjustAsync("sku1", "s1", new AdjustRequest(0, "nothing")));

        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidQuantity), (thrown.StatusCode, thrown.Code));
    }
}
