using Grid.Runtime.Invocation;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Reminders;

/// <summary>The request of <see cref="IRemindable.ReceiveReminder"/>, shaped like the ones the generator emits.</summary>
internal sealed class ReceiveReminderRequest : Request<VoidResult>
{
    public const int Id = 0;

    public string ReminderName { get; set; } = string.Empty;

    public ReminderTick Tick { get; set; } = null!;

    public override int MethodId => Id;

    protected override ValueTask<VoidResult> InvokeAsync(object grain) => FromTask(((IRemindable)grain).ReceiveReminder(ReminderName, Tick));

    protected override void WriteArguments(WireWriter writer)
    {
        Codec<string>.Write(writer, ReminderName);
        Codec<ReminderTick>.Write(writer, Tick);
    }

    protected override void ReadArguments(WireReader reader)
    {
        ReminderName = Codec<string>.Read(reader);
        Tick = Codec<ReminderTick>.Read(reader);
    }

    protected override void CopyArguments()
    {
        // Both arguments are immutable: a string and an [Immutable] record.
    }
}
