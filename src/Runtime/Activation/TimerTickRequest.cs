using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Activation;

/// <summary>A timer tick queued as a turn of the grain. Never leaves the silo.</summary>
internal sealed class TimerTickRequest : Request<VoidResult>
{
    private readonly GrainTimer _timer;

    public TimerTickRequest(GrainTimer timer, GrainId grainId)
    {
        _timer = timer;
        GrainIdForDescription = grainId;
    }

    public override int MethodId => -1;

    internal override bool CountsAsActivity => false;

    internal override string Description => $"timer tick on {GrainIdForDescription}";

    private GrainId GrainIdForDescription { get; }

    protected override void WriteArguments(WireWriter writer) => throw new NotSupportedException("Timer ticks never leave their silo.");

    protected override void ReadArguments(WireReader reader) => throw new NotSupportedException("Timer ticks never leave their silo.");

    protected override void CopyArguments()
    {
    }

    protected override ValueTask<VoidResult> InvokeAsync(object grain) => FromTask(_timer.InvokeCallback());
}
