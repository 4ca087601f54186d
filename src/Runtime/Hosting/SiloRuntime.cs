using Grid.Runtime.Activation;
using Grid.Runtime.Diagnostics;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;
using Grid.Runtime.Messaging;
using Grid.Runtime.Reminders;
using Grid.Runtime.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grid.Runtime.Hosting;

/// <summary>The parts of one silo that activations reach for.</summary>
internal sealed class SiloRuntime
{
    private MessageCenter? _dispatcher;
    private GrainFactory? _grainFactory;

    public SiloRuntime(SiloAddress self, SiloOptions options, TimeProvider timeProvider, IServiceProvider services, ILogger logger)
    {
        Self = self;
        Options = options;
        TimeProvider = timeProvider;
        Services = services;
        Logger = logger;
        Catalog = new Catalog(this);
        Storage = new GrainStorageCatalog(services.GetServices<GrainStorageRegistration>(), services);
        Metrics = new RuntimeMetrics(self, () => Catalog);
        Reminders = new ReminderService(this);
    }

    public SiloAddress Self { get; }

    public SiloOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public IServiceProvider Services { get; }

    public ILogger Logger { get; }

    public Catalog Catalog { get; }

    public GrainStorageCatalog Storage { get; }

    public RuntimeMetrics Metrics { get; }

    public ReminderService Reminders { get; }

    public MessageCenter Dispatcher
    {
        get => _dispatcher ?? throw new InvalidOperationException("The silo is not wired yet.");
        set => _dispatcher = value;
    }

    public GrainFactory GrainFactory
    {
        get => _grainFactory ?? throw new InvalidOperationException("The silo is not wired yet.");
        set => _grainFactory = value;
    }
}
