using System.Net;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Inventory;

namespace Grid.Client.Tests.Inventory;

public sealed class InventoryClientTests : IAsyncLifetime
{
    private ApiServer _server = null!;
    private GridClient _web = null!;
    private GridClient _ops = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.DefineStoreAsync("s1");
        await _server.DefineStoreAsync("s2");
        await _server.DefineStoreAsync("s3");
        _web = _server.GridClient(await _server.DefineChannelAsync("web", ["s1", "s2"], safetyStock: 2));
        _ops = _server.GridClient(ApiServer.AdminKey);
        await _server.SetStockAsync("sku1", "s1", 10);
        await _server.SetStockAsync("sku1", "s2", 5);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task GetAvailabilityAsync_ChannelWithSafetyStock_PerLocationAndTotalAfterSafetyStock()
    {
        var availability = await _web.Inventory.GetAvailabilityAsync("sku1");

        Assert.Equal("sku1", availability.Sku);
        Assert.Equal(11, availability.Available);
        Assert.Equal([new ChannelAvailability("sku1", "s1", 8), new ChannelAvailability("sku1", "s2", 3)], availability.Locations);
    }

    [Fact]
    public async Task GetAvailabilityAtAsync_ChannelLocation_ShapedBySafetyStock()
    {
        var availability = await _web.Inventory.GetAvailabilityAtAsync("sku1", "s2");

        Assert.Equal(new ChannelAvailability("sku1", "s2", 3), availability);
    }

    [Fact]
    public async Task GetAvailabilityAtAsync_LocationOutsideTheChannel_ThrowsUnknownLocation404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _web.Inventory.GetAvailabilityAtAsync("sku1", "s3"));

        Assert.Equal(HttpStatusCode.NotFound, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.UnknownLocation, thrown.Code);
        Assert.Contains("s3", thrown.Detail, StringComparison.Ordinal);
        Assert.NotNull(thrown.TraceId);
        Assert.Null(thrown.IdempotencyKey);
    }

    [Fact]
    public async Task ReserveAsync_WithinStock_HoldsUnitsAndListsTheHold()
    {
        var outcome = await _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 3, 600, "cart-1"));
        var holds = await _web.Inventory.ListReservationsAsync("sku1", "s1");

        Assert.Equal(5, outcome.Available);
        Assert.False(outcome.Replayed);
        Assert.NotNull(outcome.ExpiresAt);
        var hold = Assert.Single(holds);
        Assert.Equal(("r1", "web", 3, "cart-1"), (hold.ReservationId, hold.Channel, hold.Quantity, hold.Owner));
        Assert.Equal(outcome.ExpiresAt, hold.ExpiresAt);
    }

    [Fact]
    public async Task ReserveAsync_IntoTheSafetyStock_ThrowsInsufficientStock409WithTheKeyToRetryWith()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 9, 600, "cart-1"), "reserve-9"));

        Assert.Equal(HttpStatusCode.Conflict, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.InsufficientStock, thrown.Code);
        Assert.Equal("reserve-9", thrown.IdempotencyKey);
        Assert.Equal(GridErrorCodes.InsufficientStock, thrown.Extensions["code"].GetString());
        Assert.Empty(await _web.Inventory.ListReservationsAsync("sku1", "s1"));
    }

    [Fact]
    public async Task ReserveAsync_SameKeyTwice_SecondReplayedAndUnitsHeldOnce()
    {
        var request = new ReserveRequest("r1", 2, 600, "cart-1");

        var first = await _web.Inventory.ReserveAsync("sku1", "s1", request, "k-1");
        var again = await _web.Inventory.ReserveAsync("sku1", "s1", request, "k-1");

        Assert.False(first.Replayed);
        Assert.True(again.Replayed);
        Assert.Equal(first with { Replayed = true }, again);
        Assert.Equal(2, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.Reserved);
    }

    [Fact]
    public async Task ReserveAsync_SameKeyAnotherBody_ThrowsIdempotencyKeyReused422()
    {
        await _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 2, 600, "cart-1"), "k-1");

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r2", 2, 600, "cart-1"), "k-1"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.IdempotencyKeyReused, thrown.Code);
        Assert.Equal(2, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.Reserved);
    }

    [Fact]
    public async Task ReserveAsync_InvalidKeyGiven_ThrowsInvalidIdempotencyKey400()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 1, 600, "cart-1"), "has space"));

        Assert.Equal(HttpStatusCode.BadRequest, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.InvalidIdempotencyKey, thrown.Code);
    }

    [Fact]
    public async Task ExtendAsync_OpenHold_MovesItsExpiryLater()
    {
        var reserved = await _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 1, 60, "cart-1"));

        var extended = await _web.Inventory.ExtendAsync("sku1", "s1", "r1", new ExtendRequest(3_600));

        Assert.True(extended.ExpiresAt > reserved.ExpiresAt + TimeSpan.FromMinutes(50));
        Assert.Equal(extended.ExpiresAt, Assert.Single(await _web.Inventory.ListReservationsAsync("sku1", "s1")).ExpiresAt);
    }

    [Fact]
    public async Task ReleaseAsync_OpenHold_GivesItsUnitsBackToSale()
    {
        await _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 4, 600, "cart-1"));

        var released = await _web.Inventory.ReleaseAsync("sku1", "s1", "r1");

        Assert.Equal(8, released.Available);
        Assert.Empty(await _web.Inventory.ListReservationsAsync("sku1", "s1"));
    }

    [Fact]
    public async Task ReleaseAsync_UnknownHold_ThrowsUnknownReservation404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _web.Inventory.ReleaseAsync("sku1", "s1", "never"));

        Assert.Equal(HttpStatusCode.NotFound, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.UnknownReservation, thrown.Code);
    }

    [Fact]
    public async Task CommitAsync_OpenHold_BecomesTheOrdersAllocation()
    {
        await _web.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 3, 600, "checkout-1"));

        var committed = await _web.Inventory.CommitAsync("sku1", "s1", "r1", new CommitRequest("order-1"));

        var levels = (await _ops.Stock.GetAsync("sku1", "s1")).Levels;
        Assert.Equal(5, committed.Available);
        Assert.Equal((0L, 3L), (levels.Reserved, levels.Allocated));
    }

    [Fact]
    public async Task ReserveAsync_InvalidSku_ThrowsInvalidSku400()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _web.Inventory.ReserveAsync("bad sku!", "s1", new ReserveRequest("r1", 1, 600, "cart-1")));

        Assert.Equal(HttpStatusCode.BadRequest, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.InvalidSku, thrown.Code);
    }

    [Fact]
    public async Task GetAvailabilityAsync_OpsKeyWithoutChannelScope_ThrowsForbidden403()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Inventory.GetAvailabilityAsync("sku1"));

        Assert.Equal(HttpStatusCode.Forbidden, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.Forbidden, thrown.Code);
    }

    [Fact]
    public async Task GetAvailabilityAsync_KeyThatAuthenticatesNobody_ThrowsUnauthorized401()
    {
        var stranger = _server.GridClient("grid_nobody000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => stranger.Inventory.GetAvailabilityAsync("sku1"));

        Assert.Equal(HttpStatusCode.Unauthorized, thrown.StatusCode);
        Assert.Equal(GridErrorCodes.Unauthorized, thrown.Code);
    }
}
