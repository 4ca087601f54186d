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

        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("k"), Body, out _, out var claim));
        Assert.True(store.Complete(Key("k"), claim, 201, "application/json", [42, 43]));

        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("k"), Body, out var replayed, out _));
        Assert.Equal(201, replayed!.StatusCode);
        Assert.Equal("application/json", replayed.ContentType);
        Assert.Equal([42, 43], replayed.Body);
    }

    [Fact]
    public void Begin_SameKeyOtherBody_Mismatch()
    {
        var store = Store();
        store.Begin(Key("k"), Body, out _, out var claim);
        store.Complete(Key("k"), claim, 200, null, []);

        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin(Key("k"), OtherBody, out _, out _));
    }

    [Fact]
    public void Begin_WhileTheFirstRuns_InProgressThenRunAgainOnceAbandoned()
    {
        var store = Store();
        store.Begin(Key("k"), Body, out _, out var claim);

        Assert.Equal(IdempotencyDecision.InProgress, store.Begin(Key("k"), Body, out _, out _));
        store.Abandon(Key("k"), claim);
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("k"), Body, out _, out _));
    }

    [Fact]
    public void Begin_AfterTheWindow_TheKeyIsNewAgain()
    {
        var store = Store(window: TimeSpan.FromMinutes(10));
        store.Begin(Key("k"), Body, out _, out var claim);
        store.Complete(Key("k"), claim, 200, null, []);

        _time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromTicks(1));
        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin(Key("k"), OtherBody, out _, out _));
        _time.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("k"), OtherBody, out _, out _));
    }

    [Fact]
    public void Begin_BeyondCapacity_TheOldestKeyGoesFirst()
    {
        var store = Store(capacity: 3);
        foreach (var key in new[] { "a", "b", "c", "d" })
        {
            store.Begin(Key(key), Body, out _, out var claim);
            store.Complete(Key(key), claim, 200, null, []);
        }

        Assert.Equal(3, store.Count);
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("a"), OtherBody, out _, out _));
        Assert.Equal(IdempotencyDecision.Mismatch, store.Begin(Key("d"), OtherBody, out _, out _));
    }

    [Fact]
    public void Complete_AfterTheKeyWasEvicted_IsNotKept()
    {
        var store = Store(capacity: 1);
        store.Begin(Key("slow"), Body, out _, out var claim);
        store.Begin(Key("next"), Body, out _, out _);

        Assert.False(store.Complete(Key("slow"), claim, 200, null, [1]));
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("slow"), Body, out _, out _));
    }

    [Fact]
    public void CompleteOrAbandon_OfAClaimWhoseSlotWasEvicted_LeavesTheKeysLaterClaimAlone()
    {
        var store = Store(capacity: 1);
        store.Begin(Key("k"), Body, out _, out var first);
        store.Begin(Key("other"), Body, out _, out _);
        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("k"), Body, out _, out var second));

        Assert.False(store.Complete(Key("k"), first, 200, null, [1]));
        store.Abandon(Key("k"), first);

        Assert.Equal(IdempotencyDecision.InProgress, store.Begin(Key("k"), Body, out _, out _));
        Assert.True(store.Complete(Key("k"), second, 201, null, [2]));
        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("k"), Body, out var replayed, out _));
        Assert.Equal([2], replayed!.Body);
    }

    [Fact]
    public void Evicting_AnAbandonedSlot_LeavesTheKeyClaimedAgainLater()
    {
        var store = Store(capacity: 3);
        store.Begin(Key("k"), Body, out _, out var first);
        store.Abandon(Key("k"), first);
        store.Begin(Key("k"), Body, out _, out var second);
        store.Complete(Key("k"), second, 200, null, [7]);

        // The abandoned first slot leaves the ring; the key's second claim, a later slot, stays.
        store.Begin(Key("x"), Body, out _, out _);
        store.Begin(Key("y"), Body, out _, out _);

        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("k"), Body, out var replayed, out _));
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
            Assert.Equal(IdempotencyDecision.Run, store.Begin(key, Body, out _, out var claim));
            BitConverter.TryWriteBytes(body, i);
            Assert.True(store.Complete(key, claim, 200 + (i % 3), "application/json", body));
        }

        Assert.Equal(capacity, store.Count);
        for (var i = 4 * capacity; i < 5 * capacity; i++)
        {
            Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key($"k{i}"), Body, out var replayed, out _));
            Assert.Equal(200 + (i % 3), replayed!.StatusCode);
            Assert.Equal(i, BitConverter.ToInt32(replayed.Body));
            Assert.Equal(700, replayed.Body.Length);
        }

        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key($"k{(4 * capacity) - 1}"), Body, out _, out _));

        // 3,000 bodies of 700 bytes fill 9 chunks of 256 KB; the ones of evicted bodies were freed.
        Assert.InRange(store.BodyBytes, 8L * ResponseArena.ChunkSize, 10L * ResponseArena.ChunkSize);
    }

    [Fact]
    public void Complete_BodyLargerThanAChunk_IsKeptWhole()
    {
        var store = Store();
        var body = RandomNumberGenerator.GetBytes((2 * ResponseArena.ChunkSize) + 5);
        store.Begin(Key("big"), Body, out _, out var big);
        store.Complete(Key("big"), big, 200, "application/json", body);
        store.Begin(Key("small"), Body, out _, out var small);
        store.Complete(Key("small"), small, 200, "application/json", [1, 2]);

        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("big"), Body, out var bigReplay, out _));
        Assert.Equal(body, bigReplay!.Body);
        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("small"), Body, out var smallReplay, out _));
        Assert.Equal([1, 2], smallReplay!.Body);
    }

    [Fact]
    public void Complete_BeyondTheContentTypesKept_IsNotKeptAndTheKeyRunsAgain()
    {
        var store = Store();
        for (var i = 0; i < 64; i++)
        {
            store.Begin(Key($"t{i}"), Body, out _, out var claim);
            Assert.True(store.Complete(Key($"t{i}"), claim, 200, $"application/x-{i}", []));
        }

        store.Begin(Key("one-more"), Body, out _, out var oneMore);
        Assert.False(store.Complete(Key("one-more"), oneMore, 200, "application/x-64", []));
        store.Abandon(Key("one-more"), oneMore);

        Assert.Equal(IdempotencyDecision.Run, store.Begin(Key("one-more"), Body, out _, out _));
        Assert.Equal(IdempotencyDecision.Replay, store.Begin(Key("t63"), Body, out var kept, out _));
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
