using System.Net;
using System.Text;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Admin;
using Grid.Contracts.Inventory;

namespace Grid.Client.Tests.Http;

/// <summary>Retries, idempotency keys and error mapping, with a scripted handler in front of the real API.</summary>
public sealed class GridTransportTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly ReserveRequest Three = new("r1", 3, 600, "cart-1");

    private ApiServer _server = null!;
    private string _webKey = null!;
    private GridClient _ops = null!;
    private ScriptedHandler _handler = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        await _server.DefineStoreAsync("s1");
        _webKey = await _server.DefineChannelAsync("web", ["s1"]);
        await _server.SetStockAsync("sku1", "s1", 10);
        _ops = _server.GridClient(ApiServer.AdminKey);
        _handler = new ScriptedHandler();
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task ReserveAsync_AnswerLostAfterTheServerAppliedIt_RetriesWithTheSameKeyAndHoldsOnce()
    {
        var web = Web();
        _handler.ThenDropResponse();

        var outcome = await web.Inventory.ReserveAsync("sku1", "s1", Three);

        var sent = _handler.Sent.ToArray();
        Assert.Equal(2, sent.Length);
        Assert.NotNull(sent[0].IdempotencyKey);
        Assert.Equal(sent[0].IdempotencyKey, sent[1].IdempotencyKey);
        Assert.True(outcome.Replayed);
        Assert.Equal(7, outcome.Available);
        Assert.Equal(3, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.Reserved);
    }

    [Fact]
    public async Task ReserveAsync_CallersKeyAndAnswerLost_RetryCarriesTheCallersKey()
    {
        var web = Web();
        _handler.ThenDropResponse();

        await web.Inventory.ReserveAsync("sku1", "s1", Three, "cart-1-line-1");

        Assert.Equal(["cart-1-line-1", "cart-1-line-1"], _handler.Sent.Select(s => s.IdempotencyKey));
    }

    [Fact]
    public async Task ReserveAsync_ServiceUnavailableOnce_RetriedWithTheSameKeyAndAppliedOnce()
    {
        var web = Web();
        _handler.ThenAnswer(() => Problems.Of(HttpStatusCode.ServiceUnavailable, GridErrorCodes.Unavailable));

        var outcome = await web.Inventory.ReserveAsync("sku1", "s1", Three);

        Assert.Single(_handler.Sent.Select(s => s.IdempotencyKey).Distinct());
        Assert.Equal(2, _handler.Sent.Count);
        Assert.False(outcome.Replayed);
        Assert.Equal(3, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.Reserved);
    }

    [Fact]
    public async Task ReserveAsync_FirstRequestStillInProgress_WaitsItsRetryAfterOnTheClockThenRetriesWithTheSameKey()
    {
        var time = new ObservedTimeProvider();
        var web = Web(time: time);
        _handler.ThenAnswer(() => Problems.Of(HttpStatusCode.Conflict, GridErrorCodes.IdempotencyInProgress, retryAfterSeconds: 1));

        var reserve = web.Inventory.ReserveAsync("sku1", "s1", Three);
        await time.WaitingForAsync(TimeSpan.FromSeconds(1)).WaitAsync(Patience);
        var attemptsWhileWaiting = _handler.Sent.Count;
        time.Clock.Advance(TimeSpan.FromSeconds(1));
        var outcome = await reserve.WaitAsync(Patience);

        Assert.Equal(1, attemptsWhileWaiting);
        Assert.Equal(2, _handler.Sent.Count);
        Assert.Single(_handler.Sent.Select(s => s.IdempotencyKey).Distinct());
        Assert.Equal(7, outcome.Available);
    }

    [Fact]
    public async Task GetAvailabilityAsync_RateLimited_WaitsRetryAfterOnTheClockThenSucceeds()
    {
        var time = new ObservedTimeProvider();
        var web = Web(time: time);
        _handler.ThenAnswer(() => Problems.Of(HttpStatusCode.TooManyRequests, GridErrorCodes.RateLimited, retryAfterSeconds: 2));

        var read = web.Inventory.GetAvailabilityAsync("sku1");
        await time.WaitingForAsync(TimeSpan.FromSeconds(2)).WaitAsync(Patience);
        var completedEarly = read.IsCompleted;
        time.Clock.Advance(TimeSpan.FromSeconds(2));
        var availability = await read.WaitAsync(Patience);

        Assert.False(completedEarly);
        Assert.Equal(10, availability.Available);
        Assert.Equal(2, _handler.Sent.Count);
    }

    [Fact]
    public async Task GetAvailabilityAsync_RetryAfterLongerThanMaxRetryDelay_ThrowsRateLimitedWithoutWaiting()
    {
        var web = Web(o => o.MaxRetryDelay = TimeSpan.FromSeconds(10));
        _handler.ThenAnswer(() => Problems.Of(HttpStatusCode.TooManyRequests, GridErrorCodes.RateLimited, retryAfterSeconds: 60));

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => web.Inventory.GetAvailabilityAsync("sku1"));

        Assert.Equal((HttpStatusCode.TooManyRequests, GridErrorCodes.RateLimited), (thrown.StatusCode, thrown.Code));
        Assert.Equal(TimeSpan.FromSeconds(60), thrown.RetryAfter);
        Assert.Single(_handler.Sent);
    }

    [Fact]
    public async Task ReserveAsync_UnavailableOnEveryAttempt_ThrowsTheLastProblemAfterMaxRetries()
    {
        var web = Web(o => o.MaxRetries = 2);
        for (var i = 0; i < 3; i++)
        {
            _handler.ThenAnswer(() => Problems.Of(HttpStatusCode.ServiceUnavailable, GridErrorCodes.Unavailable));
        }

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => web.Inventory.ReserveAsync("sku1", "s1", Three));

        Assert.Equal((HttpStatusCode.ServiceUnavailable, GridErrorCodes.Unavailable), (thrown.StatusCode, thrown.Code));
        Assert.Equal(3, _handler.Sent.Count);
        Assert.Equal(_handler.Sent.First().IdempotencyKey, thrown.IdempotencyKey);
        Assert.Equal(0, (await _ops.Stock.GetAsync("sku1", "s1")).Levels.Reserved);
    }

    [Fact]
    public async Task ReserveAsync_RejectedForStock_NotRetried()
    {
        var web = Web();

        await Assert.ThrowsAsync<GridApiException>(() => web.Inventory.ReserveAsync("sku1", "s1", Three with { Quantity = 11 }));

        Assert.Single(_handler.Sent);
    }

    [Fact]
    public async Task ReserveAsync_NoKeyGiven_EachChangeGetsItsOwnKey()
    {
        var web = Web();

        await web.Inventory.ReserveAsync("sku1", "s1", Three);
        await web.Inventory.ReleaseAsync("sku1", "s1", "r1");

        var keys = _handler.Sent.Select(s => s.IdempotencyKey).ToArray();
        Assert.Equal(2, keys.Distinct().Count());
        Assert.All(keys, k => Assert.Matches("^[0-9a-f]{32}$", k));
    }

    [Fact]
    public async Task GetAvailabilityAsync_Read_SendsNoIdempotencyKey()
    {
        await Web().Inventory.GetAvailabilityAsync("sku1");

        Assert.Null(Assert.Single(_handler.Sent).IdempotencyKey);
    }

    [Fact]
    public async Task GetAvailabilityAsync_NoAnswerWithinTheTimeout_RetriedThenThrowsTimeout()
    {
        var time = new ObservedTimeProvider();
        var web = Web(o => (o.Timeout, o.MaxRetries) = (TimeSpan.FromSeconds(5), 1), time);
        _handler.ThenHang().ThenHang();

        var read = web.Inventory.GetAvailabilityAsync("sku1");
        await time.WaitingForAsync(TimeSpan.FromSeconds(5)).WaitAsync(Patience);
        time.Clock.Advance(TimeSpan.FromSeconds(5));
        await time.WaitingForAsync(TimeSpan.FromSeconds(5), count: 2).WaitAsync(Patience);
        time.Clock.Advance(TimeSpan.FromSeconds(5));

        await Assert.ThrowsAsync<TimeoutException>(() => read.WaitAsync(Patience));
        Assert.Equal(2, _handler.Sent.Count);
    }

    [Fact]
    public async Task GetAvailabilityAsync_CallerCancels_ThrowsCancelledWithoutRetrying()
    {
        var web = Web();
        _handler.ThenHang();
        using var cancel = new CancellationTokenSource();

        var read = web.Inventory.GetAvailabilityAsync("sku1", cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read.WaitAsync(Patience));
        Assert.Single(_handler.Sent);
    }

    [Fact]
    public async Task ReserveAsync_ProblemWithExtensions_ExtensionsReadable()
    {
        var web = Web();
        _handler.ThenAnswer(() => Problems.Of(HttpStatusCode.Conflict, GridErrorCodes.NotSourceable, extraMembers: ""","rejections":[{"location":"s1","reason":"location-closed"}]"""));

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => web.Inventory.ReserveAsync("sku1", "s1", Three));

        Assert.Equal(GridErrorCodes.NotSourceable, thrown.Code);
        Assert.Equal("Stand-in", thrown.Title);
        Assert.Equal("Stand-in not_sourceable.", thrown.Detail);
        Assert.Equal("trace-1", thrown.TraceId);
        Assert.Equal("location-closed", thrown.Extensions["rejections"][0].GetProperty("reason").GetString());
        Assert.False(thrown.Extensions.ContainsKey("status"));
        Assert.Single(_handler.Sent);
    }

    [Fact]
    public async Task GetAvailabilityAsync_ProxyErrorPageNotProblemDetails_ThrowsWithTheStatusCode()
    {
        var web = Web(o => o.MaxRetries = 0);
        _handler.ThenAnswer(() => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>Bad gateway</html>", Encoding.UTF8, "text/html") });

        var thrown = await Assert.ThrowsAsync<GridApiException>(() => web.Inventory.GetAvailabilityAsync("sku1"));

        Assert.Equal((HttpStatusCode.BadGateway, GridErrorCodes.InternalError), (thrown.StatusCode, thrown.Code));
        Assert.Null(thrown.Detail);
        Assert.Empty(thrown.Extensions);
    }

    [Fact]
    public async Task CreateApiKeyAsync_AnswerLostAfterTheKeyWasMade_RetryAnswersWithThatSameKey()
    {
        var admin = _server.GridClient(ApiServer.AdminKey, handler: _handler);
        _handler.ThenDropResponse();

        var created = await admin.Admin.CreateApiKeyAsync(new CreateApiKeyRequest("web backend", ["channel"], "web", null));

        Assert.Equal(2, _handler.Sent.Count);
        Assert.Contains(created.Key, Assert.Single(_handler.Dropped), StringComparison.Ordinal);
        var stored = await _ops.Admin.GetApiKeyAsync(created.View.Id);
        Assert.Equal((created.View.Id, created.View.CreatedAt), (stored.Id, stored.CreatedAt));
        Assert.Equal("web", (await _server.GridClient(created.Key).Channel.GetAsync()).Id);
    }

    private GridClient Web(Action<GridClientOptions>? configure = null, TimeProvider? time = null) =>
        _server.GridClient(_webKey, configure, _handler, time);
}
