using Grid.Runtime.Identity;

namespace Grid.Runtime.Messaging;

/// <summary>Receives frames a transport delivers.</summary>
internal interface IMessageHandler
{
    void OnMessage(SiloAddress from, ReadOnlyMemory<byte> frame);
}
