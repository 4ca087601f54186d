using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Grid.Api.Tests.Testing;
using Grid.Contracts.Inventory;
using Grid.Grains.Inventory;

namespace Grid.Api.Tests.Inventory;

public sealed class ReservationEndpointsTests : IAsyncLifetime
{
    private ApiServer _server = null!;
    private HttpClient _web = null!;
    private HttpClient _app = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.DefineStoreAsync("s1");
        await _server.DefineStoreAsync("s2");
        _web = _server.Client(await _server.DefineChannelAsync("web", ["s1", "s2"], safetyStock: 2));
        _app = _server.Client(await _server.DefineChannelAsync("app", ["s1"]));
        await _server.SetStockAsync("sku1", "s1", 10);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Reserve_WithinStock_AcceptedAndAvailabilityShapedByChannelSafetyStock()
    {
        using var reserved = await _web.SendAsync(Reserve("r1", 3));
        var outcome = await reserved.Content.ReadFromJsonAsync<InventoryOutcome>();
        var web = await _web.GetFromJsonAsync<SkuAvailability>("/v1/availability/sku1");
        var app = await _app.GetFromJsonAsync<ChannelAvailability>("/v1/availability/sku1/s1");

        Assert.Equal(HttpStatusCode.OK, reserved.StatusCode);
        Assert.Equal(5, outcome!.Available);
        Assert.NotNull(outcome.ExpiresAt);
        Assert.Equal(5, web!.Available);
        Assert.Equal(["s1", "s2"], web.Locations.Select(l => l.Location));
        Assert.Equal(7, app!.Available);
    }

    [Fact]
    public async Task Reserve_IntoTheChannelsSafetyStock_RejectedWithInsufficientStockAndNothingHeld()
    {
        using var tooMuch = await _web.SendAsync(Reserve("r1", 9));
        using var appTakesIt = await _app.SendAsync(Reserve("r1", 9));

        Assert.Equal(HttpStatusCode.Conflict, tooMuch.StatusCode);
        Assert.Equal("insufficient_stock", await CodeOf(tooMuch));
        Assert.Equal(HttpStatusCode.OK, appTakesIt.StatusCode);
        var levels = await _server.Grains.GetGrain<IInventoryGrain>("sku1@s1").GetAvailabilityAsync();
        Assert.Equal(9, levels.Reserved);
    }

    [Fact]
    public async Task Reserve_SameKeyReplayedThenReusedWithAnotherBody_ReplaysOnceAndRejects422()
    {
        using var first = await _web.SendAsync(Reserve("r1", 2, key: "k-1"));
        using var again = await _web.SendAsync(Reserve("r1", 2, key: "k-1"));
        using var other = await _web.SendAsync(Reserve("r2", 2, key: "k-1"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.True(again.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        Assert.Equal("idempotency_key_reused", await CodeOf(other));
        var levels = await _server.Grains.GetGrain<IInventoryGrain>("sku1@s1").GetAvailabilityAsync();
        Assert.Equal(2, levels.Reserved);
    }

    [Fact]
    public async Task Reserve_AnswerAndItsReplay_CarryTheirLengthInsteadOfChunks()
    {
        using var first = await _web.SendAsync(Reserve("r1", 2, key: "k-len"));
        using var again = await _web.SendAsync(Reserve("r1", 2, key: "k-len"));
        using var refused = await _web.SendAsync(Reserve("r2", 99, key: "k-len-2"));

        foreach (var response in new[] { first, again, refused })
        {
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.NotEqual(true, response.Headers.TransferEncodingChunked);
            Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        }

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task Reserve_WithoutIdempotencyKey_Rejected400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations") { Content = JsonContent.Create(new ReserveRequest("r1", 1, 60, "cart-1")) };
        using var response = await _web.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("missing_idempotency_key", await CodeOf(response));
    }

    [Fact]
    public async Task OtherChannel_SameReservationId_CannotSeeReleaseOrCommitIt()
    {
        using var held = await _web.SendAsync(Reserve("r1", 2));
        using var release = await _app.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations/r1/release", null));
        using var commit = await _app.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations/r1/commit", new CommitRequest("o1")));
        var appSees = await _app.GetFromJsonAsync<List<ReservationView>>("/v1/inventory/sku1/s1/reservations");
        var webSees = await _web.GetFromJsonAsync<List<ReservationView>>("/v1/inventory/sku1/s1/reservations");

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, release.StatusCode);
        Assert.Equal("unknown_reservation", await CodeOf(release));
        Assert.Equal(HttpStatusCode.NotFound, commit.StatusCode);
        Assert.Empty(appSees!);
        Assert.Equal("r1", Assert.Single(webSees!).ReservationId);
        Assert.Equal(2, (await _server.Grains.GetGrain<IInventoryGrain>("sku1@s1").GetAvailabilityAsync()).Reserved);
    }

    [Fact]
    public async Task ExtendReleaseCommit_OwnReservation_Applied()
    {
        using var a = await _web.SendAsync(Reserve("r1", 1));
        using var b = await _web.SendAsync(Reserve("r2", 1));
        using var extended = await _web.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations/r1/extend", new ExtendRequest(3600)));
        using var released = await _web.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations/r1/release", null));
        using var committed = await _web.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations/r2/commit", new CommitRequest("o1")));
        using var gone = await _web.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations/r1/release", null));

        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Equal(HttpStatusCode.OK, committed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var levels = await _server.Grains.GetGrain<IInventoryGrain>("sku1@s1").GetAvailabilityAsync();
        Assert.Equal((0, 1), (levels.Reserved, levels.Allocated));
    }

    [Theory]
    [InlineData("/v1/inventory/sku1/s2/reservations", "app", HttpStatusCode.NotFound, "unknown_location")]
    [InlineData("/v1/inventory/bad sku/s1/reservations", "web", HttpStatusCode.BadRequest, "invalid_sku")]
    [InlineData("/v1/inventory/sku1/s1/reservations", "none", HttpStatusCode.Unauthorized, "unauthorized")]
    [InlineData("/v1/inventory/sku1/s1/reservations", "admin", HttpStatusCode.Forbidden, "forbidden")]
    public async Task Reserve_OutsideWhatTheKeyReaches_RejectedWithAStableCode(string path, string client, HttpStatusCode status, string code)
    {
        var http = client switch { "app" => _app, "web" => _web, "admin" => _server.Admin, _ => _server.Anonymous };
        using var response = await http.SendAsync(ApiServer.Idempotent(HttpMethod.Post, path, new ReserveRequest("r1", 1, 60, "cart-1")));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, await CodeOf(response));
        Assert.Equal(0, (await _server.Grains.GetGrain<IInventoryGrain>("sku1@s1").GetAvailabilityAsync()).Reserved);
    }

    [Theory]
    [InlineData("r:1", 1, 60, "invalid_reservation_id")]
    [InlineData("r1", 0, 60, "invalid_quantity")]
    [InlineData("r1", 1_000_001, 60, "invalid_quantity")]
    [InlineData("r1", 1, 0, "invalid_hold")]
    [InlineData("r1", 1, 2_592_001, "invalid_hold")]
    public async Task Reserve_BrokenRule_Rejected400AndNothingHeld(string id, int quantity, int holdSeconds, string code)
    {
        using var response = await _web.SendAsync(ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations", new ReserveRequest(id, quantity, holdSeconds, "cart-1")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, await CodeOf(response));
        Assert.Equal(0, (await _server.Grains.GetGrain<IInventoryGrain>("sku1@s1").GetAvailabilityAsync()).Reserved);
    }

    [Fact]
    public async Task Pool_RingFencedForApp_WebSeesAndTakesLessAppMore()
    {
        using var pooled = await _server.Admin.SendAsync(ApiServer.Idempotent(HttpMethod.Put, "/ops/inventory/sku1/s1/pools/app", new PoolRequest(6)));
        var web = await _web.GetFromJsonAsync<ChannelAvailability>("/v1/availability/sku1/s1");
        var app = await _app.GetFromJsonAsync<ChannelAvailability>("/v1/availability/sku1/s1");
        using var webTooMuch = await _web.SendAsync(Reserve("w1", 3));
        using var appTakesIt = await _app.SendAsync(Reserve("a1", 10));
        var stock = await _server.Admin.GetFromJsonAsync<StockDetail>("/ops/inventory/sku1/s1");

        Assert.Equal(HttpStatusCode.OK, pooled.StatusCode);
        Assert.Equal(2, web!.Available);
        Assert.Equal(10, app!.Available);
        Assert.Equal(HttpStatusCode.Conflict, webTooMuch.StatusCode);
        Assert.Equal(HttpStatusCode.OK, appTakesIt.StatusCode);
        var pool = Assert.Single(stock!.Levels.Pools);
        Assert.Equal(("app", 6L, 0L), (pool.Channel, pool.Size, pool.AvailableToSell));
        Assert.Equal(0, stock.Levels.AvailableToSell);
    }

    [Fact]
    public async Task RevokedKey_NextRequest_Unauthorized()
    {
        var key = await _server.DefineChannelAsync("pos", ["s1"]);
        using var pos = _server.Client(key);
        var id = key.Split('_')[1];
        using var before = await pos.GetAsync(new Uri("/v1/channel", UriKind.Relative));
        using var revoked = await _server.Admin.SendAsync(ApiServer.Idempotent(HttpMethod.Post, $"/admin/api-keys/{id}/revoke", null));
        using var after = await pos.GetAsync(new Uri("/v1/channel", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    private static HttpRequestMessage Reserve(string id, int quantity, string? key = null) =>
        ApiServer.Idempotent(HttpMethod.Post, "/v1/inventory/sku1/s1/reservations", new ReserveRequest(id, quantity, 600, "cart-1"), key);

    internal static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
