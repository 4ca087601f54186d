using Grid.Runtime.Serialization;

namespace Grid.Runtime.Reminders;

/// <summary>The codec of <see cref="ReminderTick"/>, written by hand because the runtime is not built with the generator.</summary>
internal sealed class ReminderTickCodec : FieldCodec<ReminderTick>
{
    public override bool IsImmutable => true;

    public override void Write(WireWriter writer, ReminderTick value)
    {
        writer.WritePresence(value is not null);
        if (value is null)
        {
            return;
        }

        Codec<DateTimeOffset>.Write(writer, value.FirstTickDue);
        Codec<DateTimeOffset>.Write(writer, value.CurrentTickTime);
        Codec<TimeSpan>.Write(writer, value.Period);
    }

    public override ReminderTick Read(WireReader reader)
    {
        if (!reader.ReadPresence())
        {
            return null!;
        }

        var firstTickDue = Codec<DateTimeOffset>.Read(reader);
        var currentTickTime = Codec<DateTimeOffset>.Read(reader);
        var period = Codec<TimeSpan>.Read(reader);
        return new ReminderTick(firstTickDue, currentTickTime, period);
    }
}
