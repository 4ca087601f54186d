using Grid.Runtime.Hosting;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Placement;
using Grid.Runtime.Scheduling;
using Grid.Runtime.Serialization;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Messaging;

/// <summary>
/// Routes every call: to a local activation when this silo owns the grain's partition, otherwise as a frame to the
/// owning silo; and serves frames arriving from other silos and clients.
/// </summary>
internal sealed partial class MessageCenter : ICallDispatcher, IMessageHandler, IResponseSink
{
    private readonly SiloAddress _self;
    private readonly SiloRuntime? _silo;
    private readonly PendingCalls _pending = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SiloAddress, RemoteCaller> _callers = new();
    private readonly TimeProvider _timeProvider;
    private readonly long _callTimeoutTicks;
    private readonly long _deadlineTicks;
    private readonly TimeSpan _callTimeout;
    private readonly ILogger _logger;
    private readonly PartitionMap _partitions;
    private IMessageTransport? _transport;

    public MessageCenter(SiloAddress self, SiloRuntime? silo, PartitionMap partitions, TimeProvider timeProvider, TimeSpan callTimeout, TimeSpan sweepInterval, ILogger logger)
    {
        Clock = new CoarseClock(timeProvider);
        _self = self;
        _silo = silo;
        _partitions = partitions;
        _timeProvider = timeProvider;
        _callTimeoutTicks = (long)(callTimeout.TotalSeconds * timeProvider.TimestampFrequency);

        // The clock lags by up to one sweep interval, so deadlines add one: a call times out within two sweeps of its timeout.
        _deadlineTicks = _callTimeoutTicks + (long)(sweepInterval.TotalSeconds * timeProvider.TimestampFrequency);
        _callTimeout = callTimeout;
        _logger = logger;
    }

    public CoarseClock Clock { get; }

    public PartitionMap Partitions => _partitions;

    public int PendingRemoteCalls => _pending.Count;

    public void Attach(IMessageTransport transport) => _transport = transport;


    public void Send(GrainReference target, Request request)
    {
        request.Deadline = Clock.Now + _deadlineTicks;
        if (SynchronizationContext.Current is RequestSynchronizationContext context)
        {
            request.Chain = context.OutgoingChain();
        }

        var owner = _partitions.OwnerOf(target.Partition);
        if (_silo is not null && owner == _self)
        {
            try
            {
                request.IsolateArguments();
            }
            catch (Exception ex)
            {
                request.TryFail(ex);
                return;
            }

            request.CopyResult = true;
            DeliverLocal(target, request);
            return;
        }

        SendRemote(owner, request);
    }

    /// <summary>Hands a request to its local activation, creating it when needed.</summary>
    public void DeliverLocal(Request request) => DeliverLocal(null, request);

    public void CollectOverdue(long now, List<Request> overdue) => _pending.CollectOverdue(now, overdue);

    public TimeoutException TimeoutFor(Request request) =>
        new($"{request.Description} did not complete within {_callTimeout.TotalSeconds:0.###} s.");

    public void OnMessage(SiloAddress from, ReadOnlyMemory<byte> frame)
    {
        try
        {
            var reader = new WireReader(frame);
            switch ((MessageKind)reader.ReadByte())
            {
                case MessageKind.Request:
                    OnRequest(from, reader);
                    break;
                case MessageKind.Response:
                    OnResponse(reader);
                    break;
                default:
                    LogBadFrame(_logger, null, from);
                    break;
            }
        }
        catch (Exception ex)
        {
            // Whatever a peer sends, a frame must never take the silo down.
            LogBadFrame(_logger, ex, from);
        }
    }

    public void SendResponse(Request request)
    {
        using var writer = new WireWriter();
        MessageCodec.WriteResponseHeader(writer, request.MessageId);
        try
        {
            request.WriteOutcome(writer);
        }
        catch (Exception ex)
        {
            writer.Reset();
            MessageCodec.WriteResponseHeader(writer, request.MessageId);
            writer.WriteByte(1);
            ExceptionCodec.Write(writer, new SerializationNotSupportedException($"The result of {request.Description} could not be serialized: {ex.Message}", ex));
        }

        try
        {
            _transport!.Send(request.Caller!.Address, writer.WrittenMemory);
        }
        catch (SiloUnavailableException ex)
        {
            LogResponseLost(_logger, ex, request.Caller!.Address);
        }
    }

    /// <summary>Set when the silo stops: new requests are refused instead of creating activations.</summary>
    public bool IsStopping { get; set; }

    private void DeliverLocal(GrainReference? target, Request request)
    {
        var silo = _silo!;
        if (IsStopping && !silo.Catalog.TryGet(request.Target, out _))
        {
            request.TryFail(new SiloUnavailableException($"Silo {_self} is shutting down and takes no new activations."));
            return;
        }

        if (silo.Metrics.LatencyEnabled)
        {
            request.ReceivedTimestamp = _timeProvider.GetTimestamp();
        }

        if (target?.CachedActivation is { } cached && cached.TryEnqueue(request))
        {
            return;
        }

        try
        {
            while (true)
            {
                var activation = silo.Catalog.GetOrCreate(request.Target);
                if (activation.TryEnqueue(request))
                {
                    target?.CachedActivation = activation;
                    return;
                }

                silo.Catalog.Remove(activation);
            }
        }
        catch (Exception ex)
        {
            request.TryFail(ex);
        }
    }

    private void SendRemote(SiloAddress owner, Request request)
    {
        _pending.Register(request);
        using var writer = new WireWriter();
        try
        {
            var remaining = _timeProvider.GetElapsedTime(Clock.Now, request.Deadline);
            MessageCodec.WriteRequest(writer, request, Math.Max(0, remaining.Ticks));
            _transport!.Send(owner, writer.WrittenMemory);
        }
        catch (Exception ex)
        {
            if (_pending.TryRemove(request.MessageId, out _))
            {
                request.TryFail(ex);
            }
        }
    }

    private void OnRequest(SiloAddress from, WireReader reader)
    {
        var header = MessageCodec.ReadRequestHeader(reader);
        Request request;
        try
        {
            if (_silo is null)
            {
                throw new InvalidOperationException($"{_self} is a client and hosts no grains.");
            }

            if (!GrainRegistry.TryGetInterface(header.InterfaceName, out var metadata))
            {
                throw new InvalidOperationException($"Grain interface '{header.InterfaceName}' is unknown on silo {_self}.");
            }

            if (header.MethodId < 0 || header.MethodId >= metadata.Methods.Count)
            {
                throw new InvalidOperationException($"Grain interface '{header.InterfaceName}' has no method {header.MethodId}.");
            }

            request = metadata.CreateRequest(header.MethodId);
            request.Bind(header.Target, metadata);
            request.ReadArgumentsFrom(reader);
        }
        catch (Exception ex)
        {
            using var writer = new WireWriter();
            MessageCodec.WriteResponseHeader(writer, header.MessageId);
            writer.WriteByte(1);
            ExceptionCodec.Write(writer, ex);
            _transport!.Send(from, writer.WrittenMemory);
            return;
        }

        request.MessageId = header.MessageId;
        request.Caller = _callers.GetOrAdd(from, static (address, self) => new RemoteCaller(self, address), this);
        request.Chain = header.Chain;
        var remaining = TimeSpan.FromTicks(Math.Clamp(header.RemainingTicks, 0, _callTimeout.Ticks));
        request.Deadline = Clock.Now + (long)(remaining.TotalSeconds * _timeProvider.TimestampFrequency);
        DeliverLocal(null, request);
    }

    private void OnResponse(WireReader reader)
    {
        var messageId = reader.ReadVarInt64();
        if (_pending.TryRemove(messageId, out var request))
        {
            try
            {
                request.CompleteFromWire(reader);
            }
            catch (Exception ex) when (ex is WireFormatException or SerializationNotSupportedException)
            {
                request.TryFail(ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Dropped a malformed frame from {From}.")]
    private static partial void LogBadFrame(ILogger logger, Exception? exception, SiloAddress from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A response to {To} was lost: the caller is unreachable.")]
    private static partial void LogResponseLost(ILogger logger, Exception exception, SiloAddress to);
}
