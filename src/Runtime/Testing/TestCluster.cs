using Grid.Runtime.Cluster;
using Grid.Runtime.Hosting;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Messaging;
using Grid.Runtime.Placement;
using Grid.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Grid.Runtime.Testing;

/// <summary>
/// Several silos and a client in one process, joined by an in-memory network that serializes every message, and
/// driven by one fake clock. Grain tests start one, call grains through <see cref="Client"/> or a silo's factory,
/// and advance <see cref="TimeProvider"/> instead of sleeping.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<ServiceProvider> _providers;

    private TestCluster(FakeTimeProvider timeProvider, SiloOptions options, IReadOnlyList<Silo> silos, List<ServiceProvider> providers, ClusterClient client, MemoryGrainStorage storage)
    {
        Storage = storage;
        TimeProvider = timeProvider;
        Options = options;
        Silos = silos;
        _providers = providers;
        Client = client;
    }

    /// <summary>The clock every silo and the client run on.</summary>
    public FakeTimeProvider TimeProvider { get; }

    /// <summary>The options every silo shares.</summary>
    public SiloOptions Options { get; }

    /// <summary>The silos, in address order.</summary>
    public IReadOnlyList<Silo> Silos { get; }

    /// <summary>A client that hosts no grains; every call it makes crosses the in-memory network.</summary>
    public ClusterClient Client { get; }

    /// <summary>The in-memory storage every silo shares as "Default", unless the services name another.</summary>
    public MemoryGrainStorage Storage { get; }

    /// <summary>Live activations over all silos.</summary>
    public int ActivationCount => Silos.Sum(s => s.ActivationCount);

    /// <summary>Starts a cluster.</summary>
    public static async Task<TestCluster> StartAsync(Action<TestClusterOptions>? configure = null)
    {
        var clusterOptions = new TestClusterOptions();
        configure?.Invoke(clusterOptions);
        ArgumentOutOfRangeException.ThrowIfLessThan(clusterOptions.SiloCount, 1);

        var siloOptions = new SiloOptions();
        clusterOptions.ConfigureSilo?.Invoke(siloOptions);
        var timeProvider = new FakeTimeProvider(clusterOptions.StartTime);
        var network = new InMemoryNetwork();
        var addresses = Enumerable.Range(0, clusterOptions.SiloCount)
            .Select(i => new SiloAddress($"silo-{i}", 1))
            .ToArray();
        var membership = new StaticClusterMembership(addresses);

        var storage = new MemoryGrainStorage();
        var silos = new List<Silo>();
        var providers = new List<ServiceProvider>();
        foreach (var address in addresses)
        {
            var holder = new SiloHolder();
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(timeProvider);
            services.AddSingleton(timeProvider);
            services.AddSingleton(_ => holder.Silo!.GrainFactory);
            services.AddGrainStorage(PersistentStateAttribute.DefaultStorage, _ => storage);
            clusterOptions.ConfigureServices?.Invoke(services);
            services.TryAddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
            var provider = services.BuildServiceProvider();
            var silo = new Silo(address, siloOptions, membership, network, provider, timeProvider, provider.GetRequiredService<ILoggerFactory>());
            holder.Silo = silo;
            silos.Add(silo);
            providers.Add(provider);
        }

        try
        {
            foreach (var silo in silos)
            {
                await silo.StartAsync().ConfigureAwait(false);
            }
        }
        catch
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }

        var client = new ClusterClient(new SiloAddress("client", 1), siloOptions, membership, network, timeProvider, NullLoggerFactory.Instance);
        return new TestCluster(timeProvider, siloOptions, silos, providers, client, storage);
    }

    /// <summary>The grain id a reference of this interface and key points at.</summary>
    public static GrainId GrainIdOf<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey =>
        new(GrainRegistry.GetInterface(typeof(TGrainInterface)).GrainType, key);

    /// <summary>The index of the silo that owns the grain.</summary>
    public int SiloIndexOf<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey
    {
        var owner = Silos[0].Messages.Partitions.OwnerOf(PartitionHasher.PartitionOf(GrainIdOf<TGrainInterface>(key), Options.PartitionCount));
        for (var i = 0; i < Silos.Count; i++)
        {
            if (Silos[i].Address == owner)
            {
                return i;
            }
        }

        throw new InvalidOperationException($"No silo owns {key}.");
    }

    /// <summary>Finds a key, starting with <paramref name="prefix"/>, whose grain lives on the given silo.</summary>
    public string KeyOnSilo<TGrainInterface>(int siloIndex, string prefix = "key-")
        where TGrainInterface : IGrainWithStringKey
    {
        for (var i = 0; i < 100_000; i++)
        {
            var key = prefix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (SiloIndexOf<TGrainInterface>(key) == siloIndex)
            {
                return key;
            }
        }

        throw new InvalidOperationException($"No key with prefix {prefix} maps to silo {siloIndex}.");
    }

    /// <summary>
    /// Moves the fake clock forward in steps, waiting after each for the reminder deliveries and table scans it started, as a
    /// clock that runs by itself would give them time to.
    /// </summary>
    public async Task AdvanceAsync(TimeSpan by, TimeSpan step)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(step, TimeSpan.Zero);
        for (var moved = TimeSpan.Zero; moved < by; moved += step)
        {
            TimeProvider.Advance(step < by - moved ? step : by - moved);
            await WhenRemindersIdleAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Completes when no silo has a reminder delivery or reminder table scan under way.</summary>
    public Task WhenRemindersIdleAsync() => Task.WhenAll(Silos.Select(silo => silo.Runtime.Reminders.WhenIdleAsync()));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await Client.DisposeAsync().ConfigureAwait(false);
        foreach (var silo in Silos)
        {
            await silo.DisposeAsync().ConfigureAwait(false);
        }

        foreach (var provider in _providers)
        {
            await provider.DisposeAsync().ConfigureAwait(false);
        }
    }

    private sealed class SiloHolder
    {
        public Silo? Silo { get; set; }
    }
}
