namespace Grid.Runtime.Identity;

/// <summary>Identifies one silo process: its endpoint and the generation it started with, so a restarted silo is a new member.</summary>
public readonly record struct SiloAddress(string Endpoint, long Generation)
{
    /// <inheritdoc />
    public override string ToString() => $"{Endpoint}@{Generation}";
}
