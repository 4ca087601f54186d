using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Grid.Runtime.Tests.Grains;
using Grid.Runtime.Tests.Testing;

namespace Grid.Runtime.Tests.Diagnostics;

public sealed class RuntimeMetricsTests
{
    [Fact]
    public async Task Calls_WithListener_RecordCallsErrorsLatencyAndActivationsPerGrainTypeAndMethod()
    {
        var longs = new ConcurrentBag<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        var doubles = new ConcurrentBag<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Grid.Runtime")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => longs.Add((instrument.Name, value, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => doubles.Add((instrument.Name, value, ToDictionary(tags))));
        listener.Start();

        await using var cluster = await ClusterFixture.StartAsync();
        var grain = cluster.Client.GetGrain<IMeteredGrain>("m");
        for (var i = 0; i < 5; i++)
        {
            await grain.DoubleAsync(i);
        }

        await Assert.ThrowsAsync<ArgumentException>(() => grain.FailAsync());
        listener.RecordObservableInstruments();

        bool IsMetered(Dictionary<string, object?> tags, string method) =>
            Equals(tags.GetValueOrDefault("grain_type"), "metered") && Equals(tags.GetValueOrDefault("method"), method);

        Assert.Equal(5, longs.Where(m => m.Instrument == "grid.grain.calls" && IsMetered(m.Tags, "DoubleAsync")).Sum(m => m.Value));
        Assert.Equal(1, longs.Where(m => m.Instrument == "grid.grain.calls" && IsMetered(m.Tags, "FailAsync")).Sum(m => m.Value));
        Assert.Equal(1, longs.Where(m => m.Instrument == "grid.grain.errors" && IsMetered(m.Tags, "FailAsync")).Sum(m => m.Value));
        Assert.DoesNotContain(longs, m => m.Instrument == "grid.grain.errors" && IsMetered(m.Tags, "DoubleAsync"));
        Assert.Equal(5, doubles.Count(m => m.Instrument == "grid.grain.call.duration" && IsMetered(m.Tags, "DoubleAsync") && m.Value >= 0));
        Assert.Contains(longs, m => m.Instrument == "grid.activations" && Equals(m.Tags.GetValueOrDefault("grain_type"), "metered") && m.Value == 1);
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags)
        {
            result[tag.Key] = tag.Value;
        }

        return result;
    }
}
