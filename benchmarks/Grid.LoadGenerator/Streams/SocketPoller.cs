using System.Net.Sockets;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// Reads a thousand subscriber sockets on one dedicated thread (poll, then a non-blocking receive on each ready one),
/// instead of a pending asynchronous receive each: every frame would otherwise be a completion queued to the thread
/// pool, where the subscribers' reading competes with the buyers and the silo it is meant to measure.
/// </summary>
internal sealed class SocketPoller : IDisposable
{
    private const int PollMicroseconds = 50_000;
    private readonly Lock _lock = new();
    private readonly Dictionary<Socket, AvailabilitySubscriber> _subscribers = [];
    private readonly Thread _thread;
    private volatile bool _stopping;
    private List<Socket> _sockets = [];
    private bool _changed;

    public SocketPoller()
    {
        _thread = new Thread(Run) { IsBackground = true, Name = "subscriber-poller" };
        _thread.Start();
    }

    public void Add(Socket socket, AvailabilitySubscriber subscriber)
    {
        lock (_lock)
        {
            _subscribers[socket] = subscriber;
            _changed = true;
        }
    }

    public void Remove(Socket socket)
    {
        lock (_lock)
        {
            _changed |= _subscribers.Remove(socket);
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
    }

    private void Run()
    {
        var ready = new List<Socket>();
        while (!_stopping)
        {
            Dictionary<Socket, AvailabilitySubscriber> subscribers;
            lock (_lock)
            {
                if (_changed)
                {
                    _sockets = [.. _subscribers.Keys];
                    _changed = false;
                }

                subscribers = _subscribers;
            }

            if (_sockets.Count == 0)
            {
                Thread.Sleep(1);
                continue;
            }

            ready.Clear();
            ready.AddRange(_sockets);
            try
            {
                Socket.Select(ready, null, null, PollMicroseconds);
            }
            catch (Exception exception) when (exception is ObjectDisposedException or SocketException)
            {
                // A socket was closed under the poll: the next round no longer has it.
                continue;
            }

            foreach (var socket in ready)
            {
                AvailabilitySubscriber? subscriber;
                lock (_lock)
                {
                    subscriber = subscribers.GetValueOrDefault(socket);
                }

                subscriber?.OnReadable();
            }
        }
    }
}
