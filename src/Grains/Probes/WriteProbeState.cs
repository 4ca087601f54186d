using Grid.Runtime;

namespace Grid.Grains.Probes;

/// <summary>The probe's stored count.</summary>
[GenerateSerializer]
public sealed class WriteProbeState
{
    /// <summary>Acknowledged increments.</summary>
    public long Count { get; set; }
}
