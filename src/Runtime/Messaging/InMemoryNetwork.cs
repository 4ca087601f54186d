using System.Collections.Concurrent;
using Grid.Runtime.Identity;

namespace Grid.Runtime.Messaging;

/// <summary>
/// Connects silos and clients of one process. Every frame is a byte copy delivered on the thread pool, so messages
/// really cross a serialization boundary and a send never runs the receiver on the sender's stack.
/// </summary>
internal sealed class InMemoryNetwork
{
    private readonly ConcurrentDictionary<SiloAddress, IMessageHandler> _endpoints = new();

    public IMessageTransport Connect(SiloAddress address, IMessageHandler handler)
    {
        if (!_endpoints.TryAdd(address, handler))
        {
            throw new InvalidOperationException($"{address} is already connected.");
        }

        return new Transport(this, address);
    }

    public void Disconnect(SiloAddress address) => _endpoints.TryRemove(address, out _);

    private void Deliver(SiloAddress from, SiloAddress to, ReadOnlyMemory<byte> frame)
    {
        if (!_endpoints.TryGetValue(to, out var handler))
        {
            throw new SiloUnavailableException($"Silo {to} is not reachable from {from}.");
        }

        var copy = frame.ToArray();
        ThreadPool.UnsafeQueueUserWorkItem(
            static state => state.Handler.OnMessage(state.From, state.Copy),
            (Handler: handler, From: from, Copy: copy),
            preferLocal: false);
    }

    private sealed class Transport(InMemoryNetwork network, SiloAddress self) : IMessageTransport
    {
        public void Send(SiloAddress target, ReadOnlyMemory<byte> frame) => network.Deliver(self, target, frame);
    }
}
