using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grid.Runtime.Storage;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Storage;

public sealed class StorageMetricsTests
{
    [Fact]
    public async Task GroupCommit_WithListener_RecordsWritesBatchSizesAndLatency()
    {
        var batchSizes = new ConcurrentBag<int>();
        var durations = new ConcurrentBag<double>();
        var writes = 0L;
        const string key = "metered-state";
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Grid.Runtime" && instrument.Name.StartsWith("grid.storage.", StringComparison.Ordinal))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<int>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "grid.storage.write.batch_size" && IsOurs(tags))
            {
                batchSizes.Add(value);
            }
        });
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "grid.storage.write.duration" && IsOurs(tags))
            {
                durations.Add(value);
            }
        });
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            if (instrument.Name == "grid.storage.writes" && IsOurs(tags))
            {
                Interlocked.Add(ref writes, value);
            }
        });
        listener.Start();

        var storage = new FaultInjectingStorage(new MemoryGrainStorage());
        await using var cluster = await ClusterFixture.StartAsync(siloCount: 1, storage: storage);
        var grain = cluster.Silos[0].GrainFactory.GetGrain<IMeteredStateGrain>(key);
        storage.CloseGate();
        var first = grain.AddAsync(1);
        await storage.WhenWriteHeld().WaitAsync(ClusterFixture.Patience);
        var rest = Enumerable.Range(0, 9).Select(_ => grain.AddAsync(1)).ToArray();
        Assert.Equal(10, await grain.GetAsync());
        storage.OpenGate();
        await Task.WhenAll(rest.Prepend(first)).WaitAsync(ClusterFixture.Patience);

        Assert.Equal(2, Interlocked.Read(ref writes));
        Assert.Equal([1, 9], batchSizes.Order());
        Assert.Equal(2, durations.Count);
    }

    private static bool IsOurs(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "grain_type" && Equals(tag.Value, "meteredstate"))
            {
                return true;
            }
        }

        return false;
    }
}
