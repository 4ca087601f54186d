using Grid.Runtime.Invocation;

namespace Grid.Runtime.Messaging;

/// <summary>Routes a request from a proxy to the activation that serves it, here or on another silo.</summary>
internal interface ICallDispatcher
{
    void Send(GrainReference target, Request request);
}
