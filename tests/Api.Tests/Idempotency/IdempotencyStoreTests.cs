using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Grid.Api.Hosting;
using Grid.Api.Idempotency;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Grid.Api.Tests.Idempotency;

public sealed class IdempotencyStoreTests
{
    private static readonly Sha256Digest Body = Sha256Digest.Of([1, 2, 3]);
    private static readonly Sha256Digest OtherBody = Sha256Digest.Of([9]);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Begin_SameKeyAndBodyAfterCompletion_ReplaysTheKeptResponse()
    {
        var store = Store();

        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("k"), Body, out _));
        Assert.True(store.Complete(Key("k"), 201, "application/json", [42, 43]));

        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("k"), Body, out var replayed));
        Assert.Equal(201, replayed!.StatusCode);
        Assert.Equal("application/json", replayed.ContentType);
        Assert.Equal([42, 43], replayed.Body);
    }

    [Fact]
    public void Begin_SameKeyOtherBody_Mismatch()
    {
        var store = Store();
        store.Begin(Key("k"), Body, out _);
        store.Complete(Key("k"), 200, null, []);

        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin(Key("k"), OtherBody, out _));
    }

    [Fact]
    public void Begin_WhileTheFirstRuns_InProgressThenRunAgainOnceAbandoned()
    {
        var store = Store();
        store.Begin(Key("k"), Body, out _);

        Assert.Equal(IdempotencyDecision.InProgress, store.Begin(Key("k"), Body, out _));
        store.Abandon(Key("k"));
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("k"), Body, out _));
    }

    [Fact]
    public void Begin_AfterTheWindow_TheKeyIsNewAgain()
    {
        var store = Store(window: TimeSpan.FromMinutes(10));
        store.Begin(Key("k"), Body, out _);
        store.Complete(Key("k"), 200, null, []);

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin(Key("k"), OtherBody, out _));
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("k"), OtherBody, out _));
    }

    [Fact]
    public void Begin_BeyondCapacity_TheOldestKeyGoesFirst()
    {
        var store = Store(capacity: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            store.Begin(Key(key), Body, out _);
            store.Complete(Key(key), 200, null, []);
        }

        Assert.Equal(3, store.Count);
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("a"), OtherBody, out _));
        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin(Key("d"), OtherBody, out _));
    }

    [Fact]
    public void Complete_AfterTheKeyWasEvicted_IsNotKept()
    {
        var store = Store(capacity: 1);
        store.Begin(Key("slow"), Body, out _);
        store.Begin(Key("next"), Body, out _);

        Assert.False(store.Complete(Key("slow"), 200, null, [1]));
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("slow"), Body, out _));
    }

    [Fact]
    public void Evicting_AnAbandonedSlot_LeavesTheKeyClaimedAgainLater()
    {
        var store = Store(capacity: 3);
        store.Begin(Key("k"), Body, out _);
        store.Abandon(Key("k"));
        store.Begin(Key("k"), Body, out _);
        store.Complete(Key("k"), 200, null, [7]);

        // The abandoned first slot leaves the ring; the key's second claim, a later slot, stays.
        store.Begin(Key("x"), Body, out _);
        store.Begin(Key("y"), Body, out _);

        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("k"), Body, out var replayed));
        Assert.Equal([7], replayed!.Body);
    }

    [Fact]
    public void ManyResponses_ThroughGrowthAndEviction_EachReplaysItsOwnBodyAndChunksAreFreed()
    {
        const int capacity = 3_000;
        var store = Store(capacity: capacity);
        var body = new byte[700];
        for (var i = 0; i < 5 * capacity; i++)
        {
            var key = Key($"k{i}");
            Assert.Equal(IdempotencyDecision.Run, store.Begin(key, Body, out _));
            BitConverter.TryWriteBytes(body, i);
            Assert.True(store.Complete(key, 200 + (i % 3), "application/json", body));
        }

        Assert.Equal(capacity, store.Count);
        for (var i = 4 * capacity; i < 5 * capacity; i++)
        {
            Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key($"k{i}"), Body, out var replayed));
            Assert.Equal(200 + (i % 3), replayed!.StatusCode);
            Assert.Equal(i, BitConverter.ToInt32(replayed.Body));
            Assert.Equal(700, replayed.Body.Length);
        }

        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key($"k{(4 * capacity) - 1}"), Body, out _));

        // 3,000 bodies of 700 bytes fill 9 chunks of 256 KB; the ones of evicted bodies were freed.
        Assert.InRange(store.BodyBytes, 8L * ResponseArena.ChunkSize, 10L * ResponseArena.ChunkSize);
    }

    [Fact]
    public void Complete_BodyLargerThanAChunk_IsKeptWhole()
    {
        var store = Store();
        var body = RandomNumberGenerator.GetBytes((2 * ResponseArena.ChunkSize) + 5);
        store.Begin(Key("big"), Body, out _);
        store.Complete(Key("big"), 200, "application/json", body);
        store.Begin(Key("small"), Body, out _);
        store.Complete(Key("small"), 200, "application/json", [1, 2]);

        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("big"), Body, out var big));
        Assert.Equal(body, big!.Body);
        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("small"), Body, out var small));
        Assert.Equal([1, 2], small!.Body);
    }

    [Fact]
    public void Complete_BeyondTheContentTypesKept_IsNotKeptAndTheKeyRunsAgain()
    {
        var store = Store();
        for (var i = 0; i < 64; i++)
        {
            store.Begin(Key($"t{i}"), Body, out _);
            Assert.True(store.Complete(Key($"t{i}"), 200, $"application/x-{i}", []));
        }

        store.Begin(Key("one-more"), Body, out _);
        Assert.False(store.Complete(Key("one-more"), 200, "application/x-64", []));
        store.Abandon(Key("one-more"));

        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("one-more"), Body, out _));
        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("t63"), Body, out var kept));
        Assert.Equal("application/x-63", kept!.ContentType);
    }

    [Fact]
    public void RequestIdempotency_FromTheDigest_IsTheGrainKeyEarlierReleasesDerivedFromTheText()
    {
        const string scoped = "channel:web\norder-17";

        var key = RequestIdempotency.From(Sha256Digest.Of(scoped)).Key;

        Assert.Equal("h" + Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(scoped))), key.Value);
    }

    private static Sha256Digest Key(string text) => Sha256Digest.Of($"channel:web\n{text}");

    private IdempotencyStore Store(TimeSpan? window = null, int capacity = 100) =>
        new(_time, Options.Create(new ApiOptions { IdempotencyWindow = window ?? TimeSpan.FromHours(1), IdempotencyCapacity = capacity }));
}
