using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grid.Api.Streams;

/// <summary>Source-generated camelCase serialization of the stream events (serialized once per subscriber and event).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(AvailabilityEvent))]
internal sealed partial class AvailabilityJsonContext : JsonSerializerContext;
