using Grid.Runtime.Activation;
using Grid.Runtime.Identity;
using Grid.Runtime.Reminders;

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

    /// <summary>
    /// Registers a durable reminder, or replaces the one of the same name: the runtime calls
    /// <see cref="IRemindable.ReceiveReminder"/> after <paramref name="dueTime"/> and then every <paramref name="period"/>,
    /// activating the grain when needed, also after a restart. The grain class must implement <see cref="IRemindable"/>.
    /// Reminders have one-second resolution; the reminder is durable when the task completes.
    /// </summary>
    /// <param name="reminderName">1 to 128 characters, unique within this grain.</param>
    /// <param name="dueTime">Time until the first tick: zero to ten years.</param>
    /// <param name="period">
    /// Time between ticks: one second to ten years; or <see cref="Timeout.InfiniteTimeSpan"/> for a one-shot reminder, which is
    /// deleted once a tick was delivered successfully.
    /// </param>
    protected Task<IGrainReminder> RegisterOrUpdateReminder(string reminderName, TimeSpan dueTime, TimeSpan period) =>
        Activation.Runtime.Reminders.RegisterOrUpdateAsync(this, reminderName, dueTime, period);

    /// <summary>Deletes a reminder of this grain; no tick is delivered once the task completed.</summary>
    protected Task UnregisterReminder(IGrainReminder reminder)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return UnregisterReminder(reminder.ReminderName);
    }

    /// <summary>Deletes this grain's reminder of that name, if there is one.</summary>
    protected Task UnregisterReminder(string reminderName) => Activation.Runtime.Reminders.UnregisterAsync(this, reminderName);

    /// <summary>Reads this grain's reminder of that name; null when there is none.</summary>
    protected Task<IGrainReminder?> GetReminder(string reminderName) => Activation.Runtime.Reminders.GetAsync(this, reminderName);

    internal void Attach(GrainActivation activation) => _activation = activation;
}
