using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Serialization;

namespace Grid.Runtime.Messaging;

/// <summary>
/// The frame layout of a message. Request: kind, id, interface, method, target type and key, remaining time,
/// call chain, arguments. Response: kind, id, outcome.
/// </summary>
internal static class MessageCodec
{
    public static void WriteRequest(WireWriter writer, Request request, long remainingTicks)
    {
        writer.WriteByte((byte)MessageKind.Request);
        writer.WriteVarInt64(request.MessageId);
        writer.WriteString(request.Interface!.Name);
        writer.WriteVarInt32(request.MethodId);
        writer.WriteString(request.Target.Type.Value);
        writer.WriteString(request.Target.Key);
        writer.WriteVarInt64(remainingTicks);
        WriteChain(writer, request.Chain);
        request.WriteArgumentsTo(writer);
    }

    public static void WriteResponseHeader(WireWriter writer, long messageId)
    {
        writer.WriteByte((byte)MessageKind.Response);
        writer.WriteVarInt64(messageId);
    }

    public static RequestHeader ReadRequestHeader(WireReader reader)
    {
        var messageId = reader.ReadVarInt64();
        var interfaceName = reader.ReadString() ?? throw new WireFormatException("A request has no interface name.");
        var methodId = reader.ReadVarInt32();
        var grainType = reader.ReadString() ?? throw new WireFormatException("A request has no grain type.");
        var key = reader.ReadString() ?? throw new WireFormatException("A request has no grain key.");
        var remainingTicks = reader.ReadVarInt64();
        var chain = ReadChain(reader);
        GrainId target;
        try
        {
            target = new GrainId(new GrainType(grainType), key);
        }
        catch (ArgumentException ex)
        {
            throw new WireFormatException($"Invalid target grain id: {ex.Message}", ex);
        }

        return new RequestHeader(messageId, interfaceName, methodId, target, remainingTicks, chain);
    }

    private static void WriteChain(WireWriter writer, CallChain? chain)
    {
        if (chain is null)
        {
            writer.WriteVarUInt64(0);
            return;
        }

        writer.WriteVarUInt64((ulong)chain.Depth);
        writer.WriteVarInt64(chain.RootId);
        var links = new GrainId[chain.Depth];
        var index = links.Length;
        for (var link = chain; link is not null; link = link.Parent)
        {
            links[--index] = link.Grain;
        }

        foreach (var grain in links)
        {
            writer.WriteString(grain.Type.Value);
            writer.WriteString(grain.Key);
        }
    }

    private static CallChain? ReadChain(WireReader reader)
    {
        var depth = reader.ReadCount();
        if (depth == 0)
        {
            return null;
        }

        var rootId = reader.ReadVarInt64();
        CallChain? chain = null;
        for (var i = 0; i < depth; i++)
        {
            var type = reader.ReadString() ?? throw new WireFormatException("A call chain link has no grain type.");
            var key = reader.ReadString() ?? throw new WireFormatException("A call chain link has no key.");
            chain = new CallChain(new GrainId(new GrainType(type), key), chain, rootId);
        }

        return chain;
    }
}
