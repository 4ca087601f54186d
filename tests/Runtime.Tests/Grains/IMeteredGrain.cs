namespace Grid.Runtime.Tests.Grains;

/// <summary>Used only by the metrics test, so other tests' calls do not show in its measurements.</summary>
public interface IMeteredGrain : IGrainWithStringKey
{
    Task<int> DoubleAsync(int value);

    Task FailAsync();
}
