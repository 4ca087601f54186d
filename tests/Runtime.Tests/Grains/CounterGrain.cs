namespace Grid.Runtime.Tests.Grains;

internal sealed class CounterGrain(LifecycleProbe probe) : Grain, ICounterGrain
{
    private int _value;
    private int _inTurn;
    private int _maxInTurn;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(GetPrimaryKeyString(), reason);
        return Task.CompletedTask;
    }

    public ValueTask<int> AddAsync(int delta)
    {
        _value = checked(_value + delta);
        return ValueTask.FromResult(_value);
    }

    public Task<int> GetAsync() => Task.FromResult(_value);

    public Task FailAsync(string message) => throw new InvalidOperationException(message);

    public async Task<int> ProbeOverlapAsync()
    {
        var now = Interlocked.Increment(ref _inTurn);
        _maxInTurn = Math.Max(_maxInTurn, now);
        await Task.Yield();
        var read = _value;
        await Task.Yield();
        _value = read + 1;
        Interlocked.Decrement(ref _inTurn);
        return _maxInTurn;
    }

    public ValueTask DeactivateAsync()
    {
        DeactivateOnIdle();
        return ValueTask.CompletedTask;
    }
}
