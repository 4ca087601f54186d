namespace Grid.Runtime.Tests.Grains;

public interface IFaultyGrain : IGrainWithStringKey
{
    Task<int> GetAsync();
}
