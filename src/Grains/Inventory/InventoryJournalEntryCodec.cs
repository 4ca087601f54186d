using Grid.Grains.Inventory.Commands;
using Grid.Runtime.Serialization;

namespace Grid.Grains.Inventory;

/// <summary>
/// Writes a journal entry as a kind byte, the time and the command with its own generated codec: compact, because a
/// hot SKU journals one entry per accepted reservation.
/// </summary>
internal sealed class InventoryJournalEntryCodec : FieldCodec<InventoryJournalEntry>
{
    public override bool IsImmutable => true;

    public override void Write(WireWriter writer, InventoryJournalEntry value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        Codec<DateTimeOffset>.Write(writer, value.At);
        WriteCommand(writer, value.Command);
    }

    /// <summary>Writes a command as its kind byte and its generated codec's fields (0 alone for none).</summary>
    public static void WriteCommand(WireWriter writer, IInventoryCommand? command)
    {
        ArgumentNullException.ThrowIfNull(writer);
        switch (command)
        {
            case null: writer.WriteByte(0); break;
            case ReserveStock c: writer.WriteByte(1); Codec<ReserveStock>.Write(writer, c); break;
            case ExtendReservation c: writer.WriteByte(2); Codec<ExtendReservation>.Write(writer, c); break;
            case ReleaseReservation c: writer.WriteByte(3); Codec<ReleaseReservation>.Write(writer, c); break;
            case CommitReservation c: writer.WriteByte(4); Codec<CommitReservation>.Write(writer, c); break;
            case FulfilAllocation c: writer.WriteByte(5); Codec<FulfilAllocation>.Write(writer, c); break;
            case ReleaseAllocation c: writer.WriteByte(6); Codec<ReleaseAllocation>.Write(writer, c); break;
            case ReturnStock c: writer.WriteByte(7); Codec<ReturnStock>.Write(writer, c); break;
            case AdjustStock c: writer.WriteByte(8); Codec<AdjustStock>.Write(writer, c); break;
            case SetOnHand c: writer.WriteByte(9); Codec<SetOnHand>.Write(writer, c); break;
            case ExpectInbound c: writer.WriteByte(10); Codec<ExpectInbound>.Write(writer, c); break;
            case ReceiveInbound c: writer.WriteByte(11); Codec<ReceiveInbound>.Write(writer, c); break;
            case TransferOut c: writer.WriteByte(12); Codec<TransferOut>.Write(writer, c); break;
            case TransferIn c: writer.WriteByte(13); Codec<TransferIn>.Write(writer, c); break;
            case SetSafetyStock c: writer.WriteByte(14); Codec<SetSafetyStock>.Write(writer, c); break;
            case SetPool c: writer.WriteByte(15); Codec<SetPool>.Write(writer, c); break;
            default: throw new SerializationNotSupportedException($"No journal kind for {command.GetType().Name}.");
        }
    }

    public override InventoryJournalEntry Read(WireReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var at = Codec<DateTimeOffset>.Read(reader);
        IInventoryCommand? command = reader.ReadByte() switch
        {
            0 => null,
            1 => Codec<ReserveStock>.Read(reader),
            2 => Codec<ExtendReservation>.Read(reader),
            3 => Codec<ReleaseReservation>.Read(reader),
            4 => Codec<CommitReservation>.Read(reader),
            5 => Codec<FulfilAllocation>.Read(reader),
            6 => Codec<ReleaseAllocation>.Read(reader),
            7 => Codec<ReturnStock>.Read(reader),
            8 => Codec<AdjustStock>.Read(reader),
            9 => Codec<SetOnHand>.Read(reader),
            10 => Codec<ExpectInbound>.Read(reader),
            11 => Codec<ReceiveInbound>.Read(reader),
            12 => Codec<TransferOut>.Read(reader),
            13 => Codec<TransferIn>.Read(reader),
            14 => Codec<SetSafetyStock>.Read(reader),
            15 => Codec<SetPool>.Read(reader),
            var kind => throw new WireFormatException($"Unknown inventory journal entry kind {kind}."),
        };
        return new InventoryJournalEntry(at, command);
    }
}
