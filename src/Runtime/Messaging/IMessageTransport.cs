using Grid.Runtime.Identity;

namespace Grid.Runtime.Messaging;

/// <summary>Carries serialized message frames from this silo (or client) to another.</summary>
internal interface IMessageTransport
{
    /// <summary>
    /// Queues a frame for the target; throws <see cref="SiloUnavailableException"/> when it cannot be reached.
    /// The frame is only valid during the call: a transport copies what it keeps.
    /// </summary>
    void Send(SiloAddress target, ReadOnlyMemory<byte> frame);
}
