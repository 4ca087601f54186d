using System.Text.Json.Serialization;

namespace Grid.LoadGenerator.Reporting;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FlashSaleReport))]
internal sealed partial class ReportJsonContext : JsonSerializerContext;
