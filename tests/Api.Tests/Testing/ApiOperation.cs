using System.Text.Json;

namespace Grid.Api.Tests.Testing;

/// <summary>One operation of the served OpenAPI document: its method, path template and request body schema.</summary>
internal sealed record ApiOperation(HttpMethod Method, string Path, IReadOnlyList<string> PathParameters, JsonElement? BodySchema)
{
    public bool IsMutation => Method != HttpMethod.Get;

    public bool IsAnonymous => Path == "/health" || Path.StartsWith("/openapi", StringComparison.Ordinal);

    /// <summary>Every operation of the document, with body schemas resolved from its components.</summary>
    public static IReadOnlyList<ApiOperation> ReadAll(JsonDocument document)
    {
        var root = document.RootElement;
        var schemas = root.GetProperty("components").GetProperty("schemas");
        var operations = new List<ApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            var parameters = path.Name.Split('/').Where(s => s.StartsWith('{')).Select(s => s.Trim('{', '}')).ToList();
            foreach (var operation in path.Value.EnumerateObject())
            {
                JsonElement? body = null;
                if (operation.Value.TryGetProperty("requestBody", out var requestBody))
                {
                    var reference = requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString()!;
                    body = schemas.GetProperty(reference[(reference.LastIndexOf('/') + 1)..]);
                }

                operations.Add(new ApiOperation(new HttpMethod(operation.Name.ToUpperInvariant()), path.Name, parameters, body));
            }
        }

        return operations;
    }
}
