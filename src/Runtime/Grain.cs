using Grid.Runtime.Activation;
using Grid.Runtime.Identity;

namespace Grid.Runtime;

/// <summary>Base class of grain implementations. One instance serves one grain id at a time, one turn at a time.</summary>
public abstract class Grain
{
    private GrainActivation? _activation;

    /// <summary>The grain's id.</summary>
    public GrainId GrainId => Activation.GrainId;

    /// <summary>Creates references to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime.GrainFactory;

    /// <summary>The silo's clock; tests drive it with a fake.</summary>
    protected TimeProvider TimeProvider => Activation.Runtime.TimeProvider;

    private GrainActivation Activation =>
        _activation ?? throw new InvalidOperationException("A grain can be used only once the runtime has activated it.");

    /// <summary>The string key this grain was addressed with.</summary>
    public string GetPrimaryKeyString() => Activation.GrainId.Key;

    /// <summary>Runs before the first call is delivered.</summary>
    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs when the activation is going away; calls arriving meanwhile go to the next activation.</summary>
    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Deactivates this grain once the current turn is over.</summary>
    protected void DeactivateOnIdle() => Activation.RequestDeactivation(DeactivationReason.ApplicationRequested);

    /// <summary>
    /// Registers a timer whose callback runs as a turn of this grain. The next tick is scheduled after the callback completes.
    /// Dispose the result to stop it; deactivation stops it too.
    /// </summary>
    protected IDisposable RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        ArgumentOutOfRangeException.ThrowIfLessThan(dueTime, TimeSpan.Zero);
        if (period != Timeout.InfiniteTimeSpan && period <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), "A timer period is positive or Timeout.InfiniteTimeSpan.");
        }

        var timer = new GrainTimer(Activation, callback, dueTime, period);
        Activation.AddTimer(timer);
        return timer;
    }

    internal void Attach(GrainActivation activation) => _activation = activation;
}
