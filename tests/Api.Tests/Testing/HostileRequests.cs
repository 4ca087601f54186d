using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Grid.Api.Tests.Testing;

/// <summary>
/// Malformed and hostile requests for an operation. Each one breaks at least one rule the API must refuse before it
/// changes anything (a missing or bad key, a missing or bad Idempotency-Key, a hostile id, a body that is not the
/// request), so every answer must be a 4xx and no request may change state.
/// </summary>
internal sealed class HostileRequests(string channelKey, string adminKey)
{
    private static readonly string[] HostileIds =
    [
        new string('a', 65), new string('x', 300), "ß", "日本", "a b", "a%00b", "..%2F..", "' OR 1=1 --", "a|b", "a%23b", "<script>", "%F0%9F%92%A9", "a%2Fb", "a%0Ab", "-%C3%A9",
    ];

    private static readonly string[] BrokenJson = ["{", "[", "{\"a\":", "nul", "{\"quantity\":1,}", "\"just a string\"", "{'single':'quotes'}", "{\"a\":1}{\"b\":2}", "\u0001\u0002"];

    public HttpRequestMessage Create(Random random, ApiOperation operation, out string description)
    {
        var kinds = Kinds(operation).ToList();
        var kind = kinds[random.Next(kinds.Count)];
        description = $"{kind} {operation.Method} {operation.Path}";
        var path = Fill(operation, random, hostile: kind == Kind.HostilePathParameter);
        var method = kind == Kind.WrongMethod ? HttpMethod.Patch : operation.Method;
        if (kind == Kind.UnknownPath)
        {
            path = path.TrimEnd('/') + "/no-such-" + random.Next(1000);
        }

        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        var key = operation.Path.StartsWith("/v1/", StringComparison.Ordinal) ? channelKey : adminKey;
        switch (kind)
        {
            case Kind.NoKey:
                break;
            case Kind.UnknownKey:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", $"grid_{RandomId(random, 16)}_{RandomId(random, 43)}");
                break;
            case Kind.MalformedAuthorization:
                request.Headers.TryAddWithoutValidation("Authorization", random.Next(4) switch { 0 => "Bearer", 1 => "Basic dXNlcjpwYXNz", 2 => "Bearer grid_short", _ => $"Bearer {key}x" });
                break;
            default:
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                break;
        }

        if (operation.IsMutation && kind != Kind.MissingIdempotencyKey)
        {
            request.Headers.TryAddWithoutValidation("Idempotency-Key", kind == Kind.BadIdempotencyKey
                ? random.Next(4) switch { 0 => new string('k', 65), 1 => "key with spaces", 2 => "", _ => "k@y" }
                : $"fuzz-{random.Next()}");
        }

        if (operation.BodySchema is { } schema)
        {
            request.Content = Body(kind, schema, random);
        }

        return request;
    }

    private static IEnumerable<Kind> Kinds(ApiOperation operation)
    {
        yield return Kind.UnknownPath;
        yield return Kind.WrongMethod;
        if (!operation.IsAnonymous)
        {
            yield return Kind.NoKey;
            yield return Kind.UnknownKey;
            yield return Kind.MalformedAuthorization;
        }

        if (operation.PathParameters.Count > 0)
        {
            yield return Kind.HostilePathParameter;
            yield return Kind.HostilePathParameter;
        }

        if (operation.IsMutation && !operation.IsAnonymous)
        {
            yield return Kind.MissingIdempotencyKey;
            yield return Kind.BadIdempotencyKey;
        }

        if (operation.BodySchema is not null && !operation.IsAnonymous)
        {
            yield return Kind.BrokenJson;
            yield return Kind.WrongType;
            yield return Kind.WrongType;
            yield return Kind.NullOrEmptyBody;
            yield return Kind.WrongContentType;
            yield return Kind.Oversized;
            yield return Kind.DeepNesting;
            yield return Kind.NotUtf8;
        }
    }

    private static string Fill(ApiOperation operation, Random random, bool hostile)
    {
        var path = operation.Path;
        var target = hostile ? operation.PathParameters[random.Next(operation.PathParameters.Count)] : null;
        foreach (var parameter in operation.PathParameters)
        {
            var value = parameter == target ? HostileIds[random.Next(HostileIds.Length)] : ValidValue(parameter);
            path = path.Replace("{" + parameter + "}", value, StringComparison.Ordinal);
        }

        return path;
    }

    private static string ValidValue(string parameter) => parameter switch
    {
        "sku" => "sku1",
        "location" => "s1",
        "channel" => "web",
        "reservationId" => "r1",
        _ => "s1",
    };

    private static HttpContent Body(Kind kind, JsonElement schema, Random random)
    {
        var body = kind switch
        {
            Kind.BrokenJson => BrokenJson[random.Next(BrokenJson.Length)],
            Kind.WrongType => WrongType(schema, random),
            Kind.NullOrEmptyBody => random.Next(2) == 0 ? "null" : "",
            Kind.Oversized => $"{{\"name\":\"{new string('x', 70 * 1024)}\"}}",
            Kind.DeepNesting => new string('[', 100) + new string(']', 100),
            _ => Plausible(schema),
        };
        if (kind == Kind.NotUtf8)
        {
            var bytes = new byte[] { 0x7B, 0x22, 0xC3, 0x28, 0xFF, 0xFE, 0x22, 0x3A, 0x31, 0x7D };
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            return content;
        }

        return new StringContent(body, Encoding.UTF8, kind == Kind.WrongContentType ? (random.Next(2) == 0 ? "text/plain" : "application/xml") : "application/json");
    }

    /// <summary>A body shaped like the schema with one property of the wrong JSON type (or a number out of its range).</summary>
    private static string WrongType(JsonElement schema, Random random)
    {
        var properties = schema.GetProperty("properties").EnumerateObject().ToList();
        var victim = properties[random.Next(properties.Count)];
        var parts = properties.Select(p => $"\"{p.Name}\":{(p.Name == victim.Name ? Wrong(p.Value, random) : PlausibleValue(p.Value))}");
        return "{" + string.Join(",", parts) + "}";
    }

    private static string Wrong(JsonElement property, Random random) => TypeOf(property) switch
    {
        "integer" => random.Next(5) switch { 0 => "\"12\"", 1 => "1.5", 2 => "9223372036854775808", 3 => "1e400", _ => "true" },
        "number" => random.Next(2) == 0 ? "\"north\"" : "true",
        "boolean" => random.Next(2) == 0 ? "\"yes\"" : "1",
        "array" => random.Next(2) == 0 ? "\"s1\"" : "{}",
        "object" => random.Next(2) == 0 ? "[]" : "42",
        _ => random.Next(3) switch { 0 => "123", 1 => "{}", _ => "[\"a\"]" },
    };

    private static string Plausible(JsonElement schema) =>
        "{" + string.Join(",", schema.GetProperty("properties").EnumerateObject().Select(p => $"\"{p.Name}\":{PlausibleValue(p.Value)}")) + "}";

    private static string PlausibleValue(JsonElement property) => TypeOf(property) switch
    {
        "integer" => "1",
        "number" => "1.5",
        "boolean" => "true",
        "array" => "[\"s1\"]",
        "object" => "{}",
        _ => "\"x1\"",
    };

    private static string TypeOf(JsonElement property)
    {
        if (!property.TryGetProperty("type", out var type))
        {
            return "object";
        }

        // OpenAPI 3.1 writes nullable types as ["string", "null"].
        return type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()).First(t => t != "null")! : type.GetString()!;
    }

    private static string RandomId(Random random, int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        return new string([.. Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)])]);
    }

    private enum Kind
    {
        UnknownPath,
        WrongMethod,
        NoKey,
        UnknownKey,
        MalformedAuthorization,
        HostilePathParameter,
        MissingIdempotencyKey,
        BadIdempotencyKey,
        BrokenJson,
        WrongType,
        NullOrEmptyBody,
        WrongContentType,
        Oversized,
        DeepNesting,
        NotUtf8,
    }
}
