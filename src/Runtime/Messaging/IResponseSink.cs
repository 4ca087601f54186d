using Grid.Runtime.Invocation;

namespace Grid.Runtime.Messaging;

/// <summary>Receives the outcome of a request whose caller is on another silo.</summary>
internal interface IResponseSink
{
    void SendResponse(Request request);
}
