using System.Diagnostics.Metrics;
using Grid.Runtime.Activation;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;

namespace Grid.Runtime.Diagnostics;

/// <summary>
/// The runtime's instruments on the <c>Grid.Runtime</c> meter: calls, errors and latency per grain type and method,
/// and live activations per grain type. Nothing is measured while no listener is attached.
/// </summary>
internal sealed class RuntimeMetrics : IDisposable
{
    public const string MeterName = "Grid.Runtime";

    private readonly Meter _meter;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _errors;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _writes;
    private readonly Counter<long> _writeErrors;
    private readonly Histogram<int> _writeBatch;
    private readonly Histogram<int> _writeBytes;
    private readonly Histogram<double> _writeDuration;
    private readonly Counter<long> _remindersDelivered;
    private readonly Counter<long> _remindersFailed;

    public RuntimeMetrics(SiloAddress silo, Func<Catalog?> catalog)
    {
        _meter = new Meter(new MeterOptions(MeterName) { Tags = [new("silo", silo.ToString())] });
        _calls = _meter.CreateCounter<long>("grid.grain.calls", "{call}", "Grain calls completed, by grain type and method.");
        _errors = _meter.CreateCounter<long>("grid.grain.errors", "{call}", "Grain calls that ended in an exception, by grain type and method.");
        _duration = _meter.CreateHistogram<double>(
            "grid.grain.call.duration",
            "ms",
            "Time from a call reaching its silo to its completion, by grain type and method.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 5000] });
        _writes = _meter.CreateCounter<long>("grid.storage.writes", "{write}", "State writes, by grain type and storage.");
        _writeErrors = _meter.CreateCounter<long>("grid.storage.write_errors", "{write}", "State writes that failed, by grain type and storage.");
        _writeBatch = _meter.CreateHistogram<int>(
            "grid.storage.write.batch_size",
            "{call}",
            "Callers whose changes one state write made durable (group commit).",
            advice: new InstrumentAdvice<int> { HistogramBucketBoundaries = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024] });
        _writeBytes = _meter.CreateHistogram<int>("grid.storage.write.size", "By", "Bytes per state write.");
        _writeDuration = _meter.CreateHistogram<double>(
            "grid.storage.write.duration",
            "ms",
            "Time of one state write until durable.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 1000] });
        _remindersDelivered = _meter.CreateCounter<long>("grid.reminders.delivered", "{tick}", "Reminder ticks a grain received, by grain type.");
        _remindersFailed = _meter.CreateCounter<long>("grid.reminders.failed", "{tick}", "Reminder ticks whose delivery failed and is retried, by grain type.");
        _meter.CreateObservableUpDownCounter(
            "grid.activations",
            () => (catalog()?.CountsByGrainType ?? []).Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("grain_type", pair.Key.Value))),
            "{activation}",
            "Live activations, by grain type.");
    }

    public bool LatencyEnabled => _duration.Enabled;

    public void RecordWrite(string grainType, string storage, int batchSize, int bytes, TimeSpan elapsed, bool failed)
    {
        ReadOnlySpan<KeyValuePair<string, object?>> tags = [new("grain_type", grainType), new("storage", storage)];
        _writes.Add(1, tags);
        _writeBatch.Record(batchSize, tags);
        _writeBytes.Record(bytes, tags);
        _writeDuration.Record(elapsed.TotalMilliseconds, tags);
        if (failed)
        {
            _writeErrors.Add(1, tags);
        }
    }

    public void RecordReminder(string grainType, bool failed)
    {
        var counter = failed ? _remindersFailed : _remindersDelivered;
        if (counter.Enabled)
        {
            counter.Add(1, new KeyValuePair<string, object?>("grain_type", grainType));
        }
    }

    public void RecordCall(Request request, Exception? exception, TimeProvider timeProvider)
    {
        if (!(_calls.Enabled || _errors.Enabled || _duration.Enabled) || request.Method is not { } method)
        {
            return;
        }

        ReadOnlySpan<KeyValuePair<string, object?>> tags = method.MetricTags;
        if (_calls.Enabled)
        {
            _calls.Add(1, tags);
        }

        if (exception is not null && _errors.Enabled)
        {
            _errors.Add(1, tags);
        }

        if (request.ReceivedTimestamp != 0 && _duration.Enabled)
        {
            _duration.Record(timeProvider.GetElapsedTime(request.ReceivedTimestamp).TotalMilliseconds, tags);
        }
    }

    public void Dispose() => _meter.Dispose();
}
