using Grid.Runtime.Identity;

namespace Grid.Runtime.Messaging;

/// <summary>Carries serialized message frames from this silo (or client) to another.</summary>
internal interface IMessageTransport
{
    /// <summary>Queues a frame for the target; throws <see cref="SiloUnavailableException"/> when it cannot be reached.</summary>
    void Send(SiloAddress target, ReadOnlyMemory<byte> frame);
}
