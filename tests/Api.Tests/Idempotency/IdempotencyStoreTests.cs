using Grid.Api.Hosting;
using Grid.Api.Idempotency;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Grid.Api.Tests.Idempotency;

public sealed class IdempotencyStoreTests
{
    private static readonly byte[] Body = [1, 2, 3];
    private static readonly byte[] OtherBody = [9];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Begin_SameKeyAndBodyAfterCompletion_ReplaysTheKeptResponse()
    {
        var store = Store();
        var response = new StoredResponse(200, "application/json", [42]);

        Assert.Equal(IdempotencyDecision.Run, store.Begin("k", Body, out _));
        store.Complete("k", response);

        Assert.Equal(IdempotencyDecision.Replay, store.Begin("k", Body, out var replayed));
        Assert.Same(response, replayed);
    }

    [Fact]
    public void Begin_SameKeyOtherBody_Mismatch()
    {
        var store = Store();
        store.Begin("k", Body, out _);
        store.Complete("k", new StoredResponse(200, null, []));

        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin("k", OtherBody, out _));
    }

    [Fact]
    public void Begin_WhileTheFirstRuns_InProgressThenRunAgainOnceAbandoned()
    {
        var store = Store();
        store.Begin("k", Body, out _);

        Assert.Equal(IdempotencyDecision.InProgress, store.Begin("k", Body, out _));
        store.Abandon("k");
        Assert.Equal(IdempotencyDecision.Run, store.Begin("k", Body, out _));
    }

    [Fact]
    public void Begin_AfterTheWindow_TheKeyIsNewAgain()
    {
        var store = Store(window: TimeSpan.FromMinutes(10));
        store.Begin("k", Body, out _);
        store.Complete("k", new StoredResponse(200, null, []));

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin("k", OtherBody, out _));
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(IdempotencyDecision.Run, store.Begin("k", OtherBody, out _));
    }

    [Fact]
    public void Begin_BeyondCapacity_TheOldestKeyGoesFirst()
    {
        var store = Store(capacity: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            store.Begin(key, Body, out _);
            store.Complete(key, new StoredResponse(200, null, []));
        }

        Assert.Equal(IdempotencyDecision.Run, store.Begin("a", OtherBody, out _));
        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin("d", OtherBody, out _));
        Assert.True(store.Count <= 4);
    }

    private IdempotencyStore Store(TimeSpan? window = null, int capacity = 100) =>
        new(_time, Options.Create(new ApiOptions { IdempotencyWindow = window ?? TimeSpan.FromHours(1), IdempotencyCapacity = capacity }));
}
