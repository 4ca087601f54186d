using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Grid.LoadGenerator.Streams;

/// <summary>
/// Reads a thousand subscriber sockets on one dedicated thread (epoll, then a non-blocking receive on each ready one),
/// instead of a pending asynchronous receive each: every frame would otherwise be a completion queued to the thread
/// pool, where the subscribers' reading competes with the buyers and the silo it is meant to measure.
/// </summary>
internal sealed class SocketPoller : IDisposable
{
    private const int WaitMilliseconds = 50;
    private const int MaxEvents = 256;
    private readonly Lock _lock = new();
    private readonly Dictionary<ulong, AvailabilitySubscriber> _subscribers = [];
    private readonly Dictionary<Socket, ulong> _slots = [];
    private readonly Thread _thread;
    private readonly int _epoll;
    private volatile bool _stopping;
    private ulong _next;

    public SocketPoller()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The subscribers' poller uses epoll: run the load generator on Linux.");
        }

        _epoll = Epoll.Create(0);
        if (_epoll < 0)
        {
            throw new InvalidOperationException($"epoll_create1 failed: errno {Marshal.GetLastPInvokeError()}.");
        }

        _thread = new Thread(Run) { IsBackground = true, Name = "subscriber-poller" };
        _thread.Start();
    }

    /// <summary>Starts reading a connected, non-blocking socket for the subscriber.</summary>
    public void Add(Socket socket, AvailabilitySubscriber subscriber)
    {
        lock (_lock)
        {
            var slot = ++_next;
            var registration = new Epoll.Event { Events = Epoll.In, Data = slot };
            if (Epoll.Control(_epoll, Epoll.Add, (int)socket.SafeHandle.DangerousGetHandle(), ref registration) != 0)
            {
                throw new InvalidOperationException($"epoll_ctl failed: errno {Marshal.GetLastPInvokeError()}.");
            }

            _subscribers[slot] = subscriber;
            _slots[socket] = slot;
        }
    }

    /// <summary>Stops reading the socket (before it is closed).</summary>
    public void Remove(Socket socket)
    {
        lock (_lock)
        {
            if (_slots.Remove(socket, out var slot))
            {
                _subscribers.Remove(slot);
                var registration = default(Epoll.Event);
                _ = Epoll.Control(_epoll, Epoll.Delete, (int)socket.SafeHandle.DangerousGetHandle(), ref registration);
            }
        }
    }

    public void Dispose()
    {
        _stopping = true;
        _thread.Join();
        _ = Epoll.Close(_epoll);
    }

    private void Run()
    {
        var events = new Epoll.Event[MaxEvents];
        while (!_stopping)
        {
            var ready = Epoll.Wait(_epoll, events, MaxEvents, WaitMilliseconds);
            for (var i = 0; i < ready; i++)
            {
                AvailabilitySubscriber? subscriber;
                lock (_lock)
                {
                    subscriber = _subscribers.GetValueOrDefault(events[i].Data);
                }

                subscriber?.OnReadable();
            }
        }
    }
}
