using System.Collections.Concurrent;

namespace Grid.Runtime.Serialization;

/// <summary>
/// Recreates exceptions that crossed a silo boundary with their original type. Base-library exceptions are built in;
/// generated code registers exception types marked <see cref="GenerateSerializerAttribute"/>.
/// </summary>
public static class ExceptionFactories
{
    private static readonly ConcurrentDictionary<string, Func<string, Exception>> Factories = new(StringComparer.Ordinal)
    {
#pragma warning disable CA2201 // recreating a plain Exception thrown by a grain keeps its type
        [typeof(Exception).FullName!] = message => new Exception(message),
#pragma warning restore CA2201
        [typeof(ArgumentException).FullName!] = message => new ArgumentException(message),
        [typeof(ArgumentNullException).FullName!] = message => new ArgumentNullException(null, message),
        [typeof(ArgumentOutOfRangeException).FullName!] = message => new ArgumentOutOfRangeException(null, message),
        [typeof(InvalidOperationException).FullName!] = message => new InvalidOperationException(message),
        [typeof(NotSupportedException).FullName!] = message => new NotSupportedException(message),
        [typeof(NotImplementedException).FullName!] = message => new NotImplementedException(message),
        [typeof(KeyNotFoundException).FullName!] = message => new KeyNotFoundException(message),
        [typeof(TimeoutException).FullName!] = message => new TimeoutException(message),
        [typeof(FormatException).FullName!] = message => new FormatException(message),
        [typeof(OverflowException).FullName!] = message => new OverflowException(message),
        [typeof(DivideByZeroException).FullName!] = message => new DivideByZeroException(message),
        [typeof(OperationCanceledException).FullName!] = message => new OperationCanceledException(message),
        [typeof(TaskCanceledException).FullName!] = message => new TaskCanceledException(message),
        [typeof(UnauthorizedAccessException).FullName!] = message => new UnauthorizedAccessException(message),
        [typeof(IOException).FullName!] = message => new IOException(message),
        [typeof(ObjectDisposedException).FullName!] = message => new ObjectDisposedException(null, message),
        [typeof(CallCycleException).FullName!] = message => new CallCycleException(message),
        [typeof(SiloUnavailableException).FullName!] = message => new SiloUnavailableException(message),
        [typeof(Storage.StorageConflictException).FullName!] = message => new Storage.StorageConflictException(message),
        [typeof(Storage.StorageUnavailableException).FullName!] = message => new Storage.StorageUnavailableException(message),
        [typeof(WireFormatException).FullName!] = message => new WireFormatException(message),
        [typeof(SerializationNotSupportedException).FullName!] = message => new SerializationNotSupportedException(message),
    };

    /// <summary>Registers how to recreate an exception type from its message.</summary>
    public static void Register<TException>(Func<string, TException> create)
        where TException : Exception
    {
        ArgumentNullException.ThrowIfNull(create);
        Factories.TryAdd(typeof(TException).FullName!, create);
    }

    internal static Exception? TryCreate(string typeName, string message) =>
        Factories.TryGetValue(typeName, out var create) ? create(message) : null;
}
