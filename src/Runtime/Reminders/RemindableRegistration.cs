using Grid.Runtime.Invocation;

namespace Grid.Runtime.Reminders;

/// <summary>Registers <see cref="IRemindable"/> the way a generated module initializer registers a grain interface.</summary>
internal static class RemindableRegistration
{
    /// <summary>
    /// The grain type in the interface's metadata. A reminder call targets the grain's own id, so this type never
    /// addresses an activation; it names the interface in call metrics.
    /// </summary>
    public const string GrainType = "remindable";

    private static readonly Lazy<GrainInterfaceMetadata> Metadata = new(Register);

    /// <summary>Registers the interface once; safe to call from any thread, any number of times.</summary>
    public static void EnsureRegistered() => _ = Metadata.Value;

    private static GrainInterfaceMetadata Register()
    {
        var metadata = new GrainInterfaceMetadata(
            typeof(IRemindable),
            GrainType,
            [new GrainMethodMetadata(ReceiveReminderRequest.Id, nameof(IRemindable.ReceiveReminder), alwaysInterleave: false)],
            static methodId => methodId == ReceiveReminderRequest.Id
                ? new ReceiveReminderRequest()
                : throw new ArgumentOutOfRangeException(nameof(methodId)),
            static args => new RemindableProxy(args));
        GrainRegistry.RegisterInterface(metadata);
        return metadata;
    }
}
