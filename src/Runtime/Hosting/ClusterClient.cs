using Grid.Runtime.Cluster;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Messaging;
using Grid.Runtime.Placement;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Hosting;

/// <summary>
/// Calls grains from a process that hosts none (an API front end, a load generator): every call is serialized and
/// sent to the silo that owns the grain, through the same typed proxies.
/// </summary>
public sealed class ClusterClient : IGrainFactory, IAsyncDisposable
{
    private readonly MessageCenter _messages;
    private readonly InMemoryNetwork _network;
    private readonly GrainFactory _grainFactory;
    private readonly DeadlineSweeper _sweeper;

    internal ClusterClient(
        SiloAddress address,
        SiloOptions options,
        IClusterMembership membership,
        InMemoryNetwork network,
        TimeProvider timeProvider,
        ILoggerFactory loggerFactory)
    {
        Address = address;
        _network = network;
        _messages = new MessageCenter(
            address,
            silo: null,
            new PartitionMap(options.PartitionCount, membership.ActiveSilos),
            timeProvider,
            options.CallTimeout,
            options.DeadlineSweepInterval,
            loggerFactory.CreateLogger("Grid.Runtime.ClusterClient"));
        GeneratedCodeLoader.LoadAll();
        _messages.Attach(network.Connect(address, _messages));
        _grainFactory = new GrainFactory(_messages, options.PartitionCount);
        _sweeper = new DeadlineSweeper(_messages, catalog: null, timeProvider, options.DeadlineSweepInterval);
    }

    /// <summary>The client's address on the cluster's network.</summary>
    public SiloAddress Address { get; }

    /// <summary>Calls awaiting a response.</summary>
    public int PendingCalls => _messages.PendingRemoteCalls;

    /// <inheritdoc />
    public TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey => _grainFactory.GetGrain<TGrainInterface>(key);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        _sweeper.Dispose();
        _network.Disconnect(Address);
        return ValueTask.CompletedTask;
    }
}
