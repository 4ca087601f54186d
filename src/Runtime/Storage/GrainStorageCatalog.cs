namespace Grid.Runtime.Storage;

/// <summary>The silo's named storage providers.</summary>
internal sealed class GrainStorageCatalog : IAsyncDisposable
{
    private readonly Dictionary<string, IGrainStorage> _storages = new(StringComparer.Ordinal);

    public GrainStorageCatalog(IEnumerable<GrainStorageRegistration> registrations, IServiceProvider services)
    {
        foreach (var registration in registrations)
        {
            _storages[registration.Name] = registration.Create(services);
        }
    }

    public IReadOnlyCollection<string> Names => _storages.Keys;

    public IGrainStorage Get(string name) =>
        _storages.TryGetValue(name, out var storage)
            ? storage
            : throw new InvalidOperationException(
                $"No grain storage named '{name}' is configured. Configured: {(_storages.Count == 0 ? "none" : string.Join(", ", _storages.Keys))}.");

    public async ValueTask DisposeAsync()
    {
        foreach (var storage in _storages.Values.Distinct())
        {
            if (storage is IAsyncDisposable disposable)
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    public async Task InitializeAllAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, storage) in _storages)
        {
            try
            {
                await storage.InitializeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new StorageUnavailableException($"Grain storage '{name}' ({storage.Kind}) is unavailable: {ex.Message}", ex);
            }
        }
    }
}
