using Grid.Runtime.Identity;

namespace Grid.Runtime.Messaging;

/// <summary>Where the outcome of a request from another silo goes; one per sending silo, shared by its requests.</summary>
internal sealed record RemoteCaller(IResponseSink Sink, SiloAddress Address);
