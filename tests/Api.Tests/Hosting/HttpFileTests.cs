using System.Text.Json;
using System.Text.RegularExpressions;
using Grid.Api.Tests.Testing;

namespace Grid.Api.Tests.Hosting;

/// <summary>Guards against src/Api/Grid.Api.http falling behind the API: every operation has a request there.</summary>
public sealed partial class HttpFileTests
{
    [Fact]
    public async Task HttpFile_ShowsEveryOperationOfTheOpenApiDocument()
    {
        await using var server = await ApiServer.StartAsync();
        using var document = JsonDocument.Parse(await server.Anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        var requests = RequestLine().Matches(await File.ReadAllTextAsync(Path.Combine(OpenApiDocumentTests.RepositoryRoot(), "src", "Api", "Grid.Api.http")))
            .Select(m => (Method: m.Groups["method"].Value, Path: m.Groups["path"].Value.Split('?')[0]))
            .ToList();

        var missing = ApiOperation.ReadAll(document)
            .Where(operation => !requests.Any(r => r.Method == operation.Method.Method && Template(operation.Path).IsMatch(r.Path)))
            .Select(operation => $"{operation.Method} {operation.Path}")
            .ToList();

        Assert.True(missing.Count == 0, "Grid.Api.http has no request for: " + string.Join(", ", missing));
    }

    private static Regex Template(string path) =>
        new("^" + Regex.Replace(Regex.Escape(path), @"\\\{[^/]+?}", "[^/]+") + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    [GeneratedRegex(@"^(?<method>GET|POST|PUT|DELETE|PATCH) \{\{host}}(?<path>\S+)", RegexOptions.Multiline)]
    private static partial Regex RequestLine();
}
