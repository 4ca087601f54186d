using System.Runtime.InteropServices;

namespace Grid.LoadGenerator.Streams;

/// <summary>Linux epoll, for <see cref="SocketPoller"/>: readiness of a thousand sockets at the cost of the ready ones.</summary>
internal static partial class Epoll
{
    public const int In = 0x001;
    public const int Add = 1;
    public const int Delete = 2;
    private const string Libc = "libc";

    [LibraryImport(Libc, EntryPoint = "epoll_create1", SetLastError = true)]
    public static partial int Create(int flags);

    [LibraryImport(Libc, EntryPoint = "epoll_ctl", SetLastError = true)]
    public static partial int Control(int epoll, int operation, int fd, ref Event registration);

    [LibraryImport(Libc, EntryPoint = "epoll_wait", SetLastError = true)]
    public static partial int Wait(int epoll, [Out] Event[] events, int maxEvents, int timeoutMilliseconds);

    [LibraryImport(Libc, EntryPoint = "close", SetLastError = true)]
    public static partial int Close(int fd);

    /// <summary><c>struct epoll_event</c>, packed on x86-64: the events, then 64 bits of caller data (here a slot).</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    public struct Event
    {
        public uint Events;
        public ulong Data;
    }
}
