namespace Grid.Runtime.Serialization;

/// <summary>Codecs for the primitive and well-known immutable types of the base library.</summary>
internal static class BuiltInCodecs
{
    public static void RegisterAll()
    {
        CodecRegistry.Register(new BoolCodec());
        CodecRegistry.Register(new ByteCodec());
        CodecRegistry.Register(new SByteCodec());
        CodecRegistry.Register(new Int16Codec());
        CodecRegistry.Register(new UInt16Codec());
        CodecRegistry.Register(new Int32Codec());
        CodecRegistry.Register(new UInt32Codec());
        CodecRegistry.Register(new Int64Codec());
        CodecRegistry.Register(new UInt64Codec());
        CodecRegistry.Register(new SingleCodec());
        CodecRegistry.Register(new DoubleCodec());
        CodecRegistry.Register(new DecimalCodec());
        CodecRegistry.Register(new CharCodec());
        CodecRegistry.Register(new StringCodec());
        CodecRegistry.Register(new GuidCodec());
        CodecRegistry.Register(new DateTimeCodec());
        CodecRegistry.Register(new DateTimeOffsetCodec());
        CodecRegistry.Register(new TimeSpanCodec());
        CodecRegistry.Register(new DateOnlyCodec());
        CodecRegistry.Register(new ByteArrayCodec());
        CodecRegistry.Register(new VoidResultCodec());
        CodecRegistry.Register(new Reminders.ReminderTickCodec());
    }

    private abstract class ImmutableCodec<T> : FieldCodec<T>
    {
        public sealed override bool IsImmutable => true;

        public sealed override T DeepCopy(T value) => value;
    }

    private sealed class BoolCodec : ImmutableCodec<bool>
    {
        public override void Write(WireWriter writer, bool value) => writer.WriteByte(value ? (byte)1 : (byte)0);

        public override bool Read(WireReader reader) => reader.ReadByte() != 0;
    }

    private sealed class ByteCodec : ImmutableCodec<byte>
    {
        public override void Write(WireWriter writer, byte value) => writer.WriteByte(value);

        public override byte Read(WireReader reader) => reader.ReadByte();
    }

    private sealed class SByteCodec : ImmutableCodec<sbyte>
    {
        public override void Write(WireWriter writer, sbyte value) => writer.WriteByte(unchecked((byte)value));

        public override sbyte Read(WireReader reader) => unchecked((sbyte)reader.ReadByte());
    }

    private sealed class Int16Codec : ImmutableCodec<short>
    {
        public override void Write(WireWriter writer, short value) => writer.WriteVarInt64(value);

        public override short Read(WireReader reader) => checked((short)reader.ReadVarInt64());
    }

    private sealed class UInt16Codec : ImmutableCodec<ushort>
    {
        public override void Write(WireWriter writer, ushort value) => writer.WriteVarUInt64(value);

        public override ushort Read(WireReader reader) => checked((ushort)reader.ReadVarUInt64());
    }

    private sealed class Int32Codec : ImmutableCodec<int>
    {
        public override void Write(WireWriter writer, int value) => writer.WriteVarInt64(value);

        public override int Read(WireReader reader) => reader.ReadVarInt32();
    }

    private sealed class UInt32Codec : ImmutableCodec<uint>
    {
        public override void Write(WireWriter writer, uint value) => writer.WriteVarUInt64(value);

        public override uint Read(WireReader reader) => checked((uint)reader.ReadVarUInt64());
    }

    private sealed class Int64Codec : ImmutableCodec<long>
    {
        public override void Write(WireWriter writer, long value) => writer.WriteVarInt64(value);

        public override long Read(WireReader reader) => reader.ReadVarInt64();
    }

    private sealed class UInt64Codec : ImmutableCodec<ulong>
    {
        public override void Write(WireWriter writer, ulong value) => writer.WriteVarUInt64(value);

        public override ulong Read(WireReader reader) => reader.ReadVarUInt64();
    }

    private sealed class SingleCodec : ImmutableCodec<float>
    {
        public override void Write(WireWriter writer, float value) => writer.WriteSingle(value);

        public override float Read(WireReader reader) => reader.ReadSingle();
    }

    private sealed class DoubleCodec : ImmutableCodec<double>
    {
        public override void Write(WireWriter writer, double value) => writer.WriteDouble(value);

        public override double Read(WireReader reader) => reader.ReadDouble();
    }

    private sealed class DecimalCodec : ImmutableCodec<decimal>
    {
        public override void Write(WireWriter writer, decimal value)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            foreach (var part in bits)
            {
                writer.WriteVarInt64(part);
            }
        }

        public override decimal Read(WireReader reader)
        {
            Span<int> bits = [reader.ReadVarInt32(), reader.ReadVarInt32(), reader.ReadVarInt32(), reader.ReadVarInt32()];
            try
            {
                return new decimal(bits);
            }
            catch (ArgumentException ex)
            {
                throw new WireFormatException("Invalid decimal.", ex);
            }
        }
    }

    private sealed class CharCodec : ImmutableCodec<char>
    {
        public override void Write(WireWriter writer, char value) => writer.WriteVarUInt64(value);

        public override char Read(WireReader reader) => checked((char)reader.ReadVarUInt64());
    }

    private sealed class StringCodec : ImmutableCodec<string>
    {
        public override void Write(WireWriter writer, string value) => writer.WriteString(value);

        public override string Read(WireReader reader) => reader.ReadString()!;
    }

    private sealed class GuidCodec : ImmutableCodec<Guid>
    {
        public override void Write(WireWriter writer, Guid value)
        {
            Span<byte> bytes = stackalloc byte[16];
            value.TryWriteBytes(bytes);
            writer.WriteRaw(bytes);
        }

        public override Guid Read(WireReader reader) => new(reader.ReadRaw(16));
    }

    private sealed class DateTimeCodec : ImmutableCodec<DateTime>
    {
        public override void Write(WireWriter writer, DateTime value) => writer.WriteFixedInt64(value.ToBinary());

        public override DateTime Read(WireReader reader)
        {
            try
            {
                return DateTime.FromBinary(reader.ReadFixedInt64());
            }
            catch (ArgumentException ex)
            {
                throw new WireFormatException("Invalid DateTime.", ex);
            }
        }
    }

    private sealed class DateTimeOffsetCodec : ImmutableCodec<DateTimeOffset>
    {
        public override void Write(WireWriter writer, DateTimeOffset value)
        {
            writer.WriteVarInt64(value.Ticks);
            writer.WriteVarInt64(value.Offset.Ticks);
        }

        public override DateTimeOffset Read(WireReader reader)
        {
            var ticks = reader.ReadVarInt64();
            var offset = reader.ReadVarInt64();
            try
            {
                return new DateTimeOffset(ticks, TimeSpan.FromTicks(offset));
            }
            catch (ArgumentException ex)
            {
                throw new WireFormatException("Invalid DateTimeOffset.", ex);
            }
        }
    }

    private sealed class TimeSpanCodec : ImmutableCodec<TimeSpan>
    {
        public override void Write(WireWriter writer, TimeSpan value) => writer.WriteVarInt64(value.Ticks);

        public override TimeSpan Read(WireReader reader) => TimeSpan.FromTicks(reader.ReadVarInt64());
    }

    private sealed class DateOnlyCodec : ImmutableCodec<DateOnly>
    {
        public override void Write(WireWriter writer, DateOnly value) => writer.WriteVarInt64(value.DayNumber);

        public override DateOnly Read(WireReader reader)
        {
            try
            {
                return DateOnly.FromDayNumber(reader.ReadVarInt32());
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw new WireFormatException("Invalid DateOnly.", ex);
            }
        }
    }

    private sealed class ByteArrayCodec : FieldCodec<byte[]>
    {
        public override void Write(WireWriter writer, byte[] value) => writer.WriteBytes(value, value is null);

        public override byte[] Read(WireReader reader) => reader.ReadBytes()!;

        public override byte[] DeepCopy(byte[] value) => value is null ? null! : (byte[])value.Clone();
    }

    private sealed class VoidResultCodec : ImmutableCodec<Invocation.VoidResult>
    {
        public override void Write(WireWriter writer, Invocation.VoidResult value)
        {
        }

        public override Invocation.VoidResult Read(WireReader reader) => default;
    }
}
