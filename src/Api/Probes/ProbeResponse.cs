namespace Grid.Api.Probes;

/// <summary>A write probe's durable count.</summary>
public sealed record ProbeResponse(string Key, long Count);
