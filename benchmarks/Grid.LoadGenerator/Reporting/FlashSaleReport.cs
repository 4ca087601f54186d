using System.Text.Json.Serialization;

namespace Grid.LoadGenerator.Reporting;

/// <summary>
/// The JSON report of a flash-sale run: Grid's figures at the top level, the baseline's beside them; through the HTTP API
/// also the minimal Kestrel baseline and what the availability subscribers saw (null on the grain path).
/// </summary>
internal sealed record FlashSaleReport(
    string Scenario,
    string Storage,
    string Via,
    int Buyers,
    long Stock,
    int RequestsPerBuyer,
    int Quantity,
    long Requests,
    long Accepted,
    long Rejected,
    long AcceptedUnits,
    long OversoldUnits,
    long LostAcks,
    double ThroughputPerSec,
    double AcceptedPerSec,
    double RejectionsPerSecAfterSoldOut,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    SystemReport Grid,
    SystemReport? Baseline,
    double? AcceptedRateVersusBaseline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] KestrelBaselineReport? KestrelBaseline,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UnexpectedAnswers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Subscribers,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SubscribersStreaming,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? SubscribersCorrect,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? SubscriberEvents,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PropagationP50Ms,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PropagationP99Ms,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? PropagationMaxMs,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? MemoryPer1000SubscribersBytes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? ClientMemoryPer1000SubscribersBytes,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? SubscribersSettledAfterSec,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? SubscribersNote,
    string Machine,
    DateTimeOffset MeasuredAt);
