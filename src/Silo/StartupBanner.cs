using Grid.Api.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Grid.Runtime.Storage;

namespace Grid.Silo;

/// <summary>Prints where the silo listens, so a user (or a test starting the silo) knows where to connect.</summary>
internal static class StartupBanner
{
    public static void Print(WebApplication app)
    {
        var storage = app.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Console.WriteLine(string.Equals(storage.Provider, StorageOptions.Sqlite, StringComparison.OrdinalIgnoreCase)
            ? $"Grid storage: SQLite at {Path.Combine(app.Environment.ContentRootPath, storage.DataDirectory, storage.SqliteFileName)}"
            : $"Grid storage: {storage.Provider}");
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            Console.WriteLine($"Grid silo listening on {address} (health: {address}/health, OpenAPI: {address}/openapi/v1.json)");
        }

        var admin = app.Services.GetRequiredService<BootstrapAdminKey>();
        if (admin.KeyText is { } key)
        {
            Console.WriteLine(admin.KeyFile is { } file ? $"Grid admin key: {key} (kept in {file})" : $"Grid admin key: {key} (from configuration)");
        }
    }
}
