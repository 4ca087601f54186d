using Grid.Api.Access;
using Grid.Grains.ApiKeys;
using Grid.Runtime;
using Grid.Runtime.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Grid.Api.Hosting;

/// <summary>
/// Makes sure an admin key exists at start: the configured <see cref="ApiOptions.BootstrapAdminKey"/>, or the one in
/// <c>{data folder}/admin-key</c>, or a new one written there (readable by the owner only). Its holder creates channels
/// and their keys.
/// </summary>
public sealed class BootstrapAdminKey(
    IGrainFactory grains,
    IOptions<ApiOptions> api,
    IOptions<StorageOptions> storage,
    IHostEnvironment environment,
    TimeProvider time) : IHostedService
{
    public const string FileName = "admin-key";

    /// <summary>The admin key's text once started.</summary>
    public string? KeyText { get; private set; }

    /// <summary>Where the key was read from or written to; null when it came from configuration.</summary>
    public string? KeyFile { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var text = api.Value.BootstrapAdminKey;
        if (text is null)
        {
            var directory = Path.Combine(environment.ContentRootPath, storage.Value.DataDirectory);
            KeyFile = Path.Combine(directory, FileName);
            text = File.Exists(KeyFile) ? (await File.ReadAllTextAsync(KeyFile, cancellationToken).ConfigureAwait(false)).Trim() : null;
            if (text is null || !ApiKeyText.TryParse(text, out _, out _))
            {
                text = ApiKeyText.Create().Text;
                Directory.CreateDirectory(directory);
                await File.WriteAllTextAsync(KeyFile, text + "\n", cancellationToken).ConfigureAwait(false);
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
                }
            }
        }

        if (!ApiKeyText.TryParse(text, out var id, out var hash))
        {
            throw new InvalidOperationException("The bootstrap admin key is not an API key.");
        }

        var record = new ApiKeyRecord(id, "bootstrap admin", hash, ApiScopes.Admin | ApiScopes.Ops, null, null, time.GetUtcNow(), null);
        var existing = await grains.GetGrain<IApiKeyGrain>(id).GetAsync().ConfigureAwait(false);
        if (existing is null)
        {
            var result = await grains.GetGrain<IApiKeyGrain>(id).CreateAsync(record).ConfigureAwait(false);
            if (!result.Accepted)
            {
                throw new InvalidOperationException($"The bootstrap admin key could not be created: {result.Detail}");
            }
        }
        else if (!existing.SecretHash.AsSpan().SequenceEqual(hash))
        {
            throw new InvalidOperationException($"The bootstrap admin key's id '{id}' belongs to another key; configure {ApiOptions.SectionName}:BootstrapAdminKey or remove {KeyFile}.");
        }
        else if (existing.RevokedAt is not null)
        {
            // Revoked on purpose once other admin keys exist: nothing to hand out.
            return;
        }

        KeyText = text;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
