namespace Grid.Runtime.Tests.Grains;

/// <summary>Used only by the storage metrics test, so other tests' writes do not show in its measurements.</summary>
public interface IMeteredStateGrain : IGrainWithStringKey
{
    Task<int> AddAsync(int delta);

    Task<int> GetAsync();
}
