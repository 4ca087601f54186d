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
        _meter.CreateObservableUpDownCounter(
            "grid.activations",
            () => (catalog()?.CountsByGrainType ?? []).Select(pair => new Measurement<long>(pair.Value, new KeyValuePair<string, object?>("grain_type", pair.Key.Value))),
            "{activation}",
            "Live activations, by grain type.");
    }

    public bool LatencyEnabled => _duration.Enabled;

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
