using Grid.Runtime.Serialization;
using Grid.Runtime.Storage;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Storage;

public sealed class PersistentStateTests
{
    [Fact]
    public async Task WriteState_ThenDeactivate_NextActivationLoadsDurableState()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var probe = cluster.Service<LifecycleProbe>();
        var grain = cluster.Client.GetGrain<IDurableCounterGrain>("kept");
        Assert.Null(await grain.EtagAsync());
        Assert.False(await grain.RecordExistsAsync());

        await grain.AddAsync(5, "first");
        await grain.AddAsync(2, "second");
        var deactivated = probe.WhenDeactivated("kept");
        await grain.DeactivateAsync();
        await deactivated.WaitAsync(ClusterFixture.Patience);

        Assert.Equal(7, await grain.GetAsync());
        Assert.Equal(["first", "second"], await grain.HistoryAsync());
        Assert.Equal("2", await grain.EtagAsync());
        Assert.True(await grain.RecordExistsAsync());
        Assert.Equal(2, probe.ActivationsOf("kept"));
    }

    [Fact]
    public async Task ClearState_ResetsStateAndStoredRecord()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<IDurableCounterGrain>("cleared");
        await grain.AddAsync(5, "x");

        await grain.ClearAsync();
        await grain.DeactivateAsync();

        Assert.Equal(0, await grain.GetAsync());
        Assert.False(await grain.RecordExistsAsync());
        Assert.Equal(1, await grain.AddAsync(1, "again"));
    }

    [Fact]
    public async Task WriteState_ManyCallersWhileWriteInFlight_CoalesceIntoOneWriteAndAckOnlyWhenDurable()
    {
        var storage = new FaultInjectingStorage(new MemoryGrainStorage());
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1, storage: storage);
        var grain = cluster.Silos[0].GrainFactory.GetGrain<IDurableCounterGrain>("hot");
        await grain.GetAsync();
        storage.CloseGate();

        var first = grain.AddAsync(1, "0");
        await storage.WhenWriteHeld().WaitAsync(ClusterFixture.Patience);
        var rest = Enumerable.Range(1, 99).Select(i => grain.AddAsync(1, i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        // Calls queue in order on the local silo, so this read runs after all 99 joined the next write.
        Assert.Equal(100, await grain.GetAsync().WaitAsync(ClusterFixture.Patience));
        Assert.False(first.IsCompleted);
        Assert.DoesNotContain(rest, call => call.IsCompleted);
        Assert.Equal(0, storage.Writes);

        storage.OpenGate();
        var values = await Task.WhenAll(rest.Prepend(first)).WaitAsync(ClusterFixture.Patience);

        Assert.Equal(Enumerable.Range(1, 100), values.Order());
        Assert.Equal(2, storage.Writes);
        var stored = await storage.ReadAsync(new StateKey("durablecounter", "hot", "counter"), CancellationToken.None);
        Assert.Equal(100, Codec<CounterState>.Read(new WireReader(stored!.Data)).Value);
        Assert.Equal(2, stored.Version);
    }

    [Fact]
    public async Task WriteState_StorageFailsMidRun_EveryWaiterFailsAndGrainReloadsWhenStorageReturns()
    {
        var storage = new FaultInjectingStorage(new MemoryGrainStorage());
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1, storage: storage);
        var probe = cluster.Service<LifecycleProbe>();
        var grain = cluster.Silos[0].GrainFactory.GetGrain<IDurableCounterGrain>("flaky");
        Assert.Equal(3, await grain.AddAsync(3, "durable"));
        var deactivated = probe.WhenDeactivated("flaky");
        storage.CloseGate();

        var first = grain.AddAsync(1, "lost-1");
        await storage.WhenWriteHeld().WaitAsync(ClusterFixture.Patience);
        var second = grain.AddAsync(1, "lost-2");
        Assert.Equal(5, await grain.GetAsync());
        storage.Unreachable = true;
        storage.OpenGate();

        await Assert.ThrowsAsync<IOException>(() => first.WaitAsync(ClusterFixture.Patience));
        await Assert.ThrowsAsync<IOException>(() => second.WaitAsync(ClusterFixture.Patience));
        Assert.Equal(DeactivationReason.StorageFailure, await deactivated.WaitAsync(ClusterFixture.Patience));

        await Assert.ThrowsAsync<IOException>(() => grain.GetAsync());
        storage.Unreachable = false;
        Assert.Equal(3, await grain.GetAsync());
        Assert.Equal(["durable"], await grain.HistoryAsync());
        Assert.Equal(4, await grain.AddAsync(1, "after"));
    }

    [Fact]
    public async Task WriteState_StoredVersionChangedBehindGrain_ConflictDeactivatesAndReloads()
    {
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1);
        var probe = cluster.Service<LifecycleProbe>();
        var grain = cluster.Client.GetGrain<IDurableCounterGrain>("contested");
        await grain.AddAsync(1, "mine");
        var key = new StateKey("durablecounter", "contested", "counter");
        using var writer = new WireWriter();
        Codec<CounterState>.Write(writer, new CounterState { Value = 40, History = ["theirs"] });
        await cluster.Storage.WriteAsync(key, writer.ToArray(), expectedVersion: 1, CancellationToken.None);
        var deactivated = probe.WhenDeactivated("contested");

        var error = await Assert.ThrowsAsync<StorageConflictException>(() => grain.AddAsync(1, "stale"));

        Assert.Contains("another writer", error.Message, StringComparison.Ordinal);
        Assert.Equal(DeactivationReason.StorageFailure, await deactivated.WaitAsync(ClusterFixture.Patience));
        Assert.Equal(40, await grain.GetAsync());
        Assert.Equal(41, await grain.AddAsync(1, "fresh"));
    }

    [Fact]
    public async Task StartAsync_StorageUnreachable_FailsWithClearError()
    {
        var storage = new FaultInjectingStorage(new MemoryGrainStorage()) { FailInitialize = true };

        var error = await Assert.ThrowsAsync<StorageUnavailableException>(() => ClusterFixture.StartAsync(siloCount: 1, storage: storage));

        Assert.Contains("'Default'", error.Message, StringComparison.Ordinal);
        Assert.Contains("connection refused", error.Message, StringComparison.Ordinal);
    }
}
