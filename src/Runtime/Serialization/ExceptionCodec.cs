using System.Runtime.ExceptionServices;

namespace Grid.Runtime.Serialization;

/// <summary>Carries a grain's exception to a caller on another silo: its type, message and stack trace.</summary>
internal static class ExceptionCodec
{
    public static void Write(WireWriter writer, Exception exception)
    {
        writer.WriteString(exception.GetType().FullName);
        writer.WriteString(exception.Message);
        writer.WriteString(exception.StackTrace);
    }

    public static Exception Read(WireReader reader)
    {
        var typeName = reader.ReadString() ?? typeof(Exception).FullName!;
        var message = reader.ReadString() ?? string.Empty;
        var stackTrace = reader.ReadString();
        var exception = ExceptionFactories.TryCreate(typeName, message)
            ?? new RemoteGrainException(typeName, message, stackTrace);
        if (!string.IsNullOrEmpty(stackTrace))
        {
            ExceptionDispatchInfo.SetRemoteStackTrace(exception, stackTrace);
        }

        return exception;
    }
}
