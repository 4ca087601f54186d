using System.Text.Json;
using Grid.Api.Tests.Testing;

namespace Grid.Api.Tests.Hosting;

/// <summary>Guards against the committed OpenAPI document (docs/openapi.json) drifting from what the API serves.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task ServedDocument_MatchesTheCommittedOne()
    {
        await using var server = await ApiServer.StartAsync();
        var served = Normalize(await server.Anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var path = Path.Combine(RepositoryRoot(), "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable("GRID_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        var committed = File.Exists(path) ? Normalize(await File.ReadAllTextAsync(path)) : "(missing)";

        Assert.True(
            committed == served,
            "docs/openapi.json differs from the served document; run GRID_UPDATE_OPENAPI=1 dotnet test tests/Api.Tests --filter OpenApiDocumentTests and commit it.");
    }

    [Fact]
    public async Task ServedDocument_EveryMutationNeedsAnIdempotencyKeyAndEveryApiOperationAKey()
    {
        await using var server = await ApiServer.StartAsync();
        using var document = JsonDocument.Parse(await server.Anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));

        var operations = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Path: path.Name, Method: op.Name, Operation: op.Value)))
            .ToList();
        var mutations = operations.Where(o => o.Method is "post" or "put" or "patch" or "delete").ToList();

        Assert.NotEmpty(mutations);
        Assert.All(mutations, o => Assert.True(
            o.Operation.TryGetProperty("parameters", out var parameters) && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "Idempotency-Key"),
            $"{o.Method} {o.Path} has no Idempotency-Key header"));
        Assert.All(operations.Where(o => o.Path != "/health"), o => Assert.True(o.Operation.TryGetProperty("security", out _), $"{o.Method} {o.Path} names no security"));
    }

    private static string Normalize(string json) =>
        JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Indented).ReplaceLineEndings("\n") + "\n";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Grid.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Grid.sln not found above the test's folder.");
    }
}
