using System.Text.Json;
using System.Text.Json.Serialization;
using Grid.Contracts.Admin;
using Grid.Contracts.Channels;
using Grid.Contracts.Inventory;
using Grid.Contracts.Locations;

namespace Grid.LoadGenerator.Http;

/// <summary>The API's request and response bodies the load generator sends and reads, as a channel backend would.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(ReserveRequest))]
[JsonSerializable(typeof(InventoryOutcome))]
[JsonSerializable(typeof(LocationDefinition))]
[JsonSerializable(typeof(ChannelDefinition))]
[JsonSerializable(typeof(CreateApiKeyRequest))]
[JsonSerializable(typeof(CreatedApiKey))]
[JsonSerializable(typeof(SetOnHandRequest))]
internal sealed partial class LoadJsonContext : JsonSerializerContext;
