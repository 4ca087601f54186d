namespace Grid.Runtime.Tests.Grains;

internal sealed class GateGrain(LifecycleProbe probe) : Grain, IGateGrain
{
    private TaskCompletionSource<string> _gate = new();
    private int _ticks;
    private IDisposable? _timer;

    public Task<string> WaitAsync()
    {
        probe.Waiting(GetPrimaryKeyString());
        return _gate.Task;
    }

    public Task OpenAsync()
    {
        _gate.TrySetResult("opened");
        return Task.CompletedTask;
    }

    public Task OpenInterleavedAsync() => OpenAsync();

    public Task<int> TicksAsync() => Task.FromResult(_ticks);

    public Task StartTimerAsync(TimeSpan period)
    {
        _timer?.Dispose();
        _timer = RegisterGrainTimer(
            _ =>
            {
                _ticks++;
                return Task.CompletedTask;
            },
            period,
            period);
        return Task.CompletedTask;
    }
}
