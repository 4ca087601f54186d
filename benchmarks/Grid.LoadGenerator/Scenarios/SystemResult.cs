namespace Grid.LoadGenerator.Scenarios;

/// <summary>A system's measurement and what re-reading its durable storage found.</summary>
internal sealed record SystemResult(string System, RunMeasurement Measurement, long OversoldUnits, long LostAcks);
