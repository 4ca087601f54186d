using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grid.Client.Http;

/// <summary>JSON as the Grid API writes it: camelCase members, kebab-case enum values.</summary>
internal static class GridJson
{
    public static readonly JsonSerializerOptions Options = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
