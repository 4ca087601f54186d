namespace Grid.Runtime.Tests.Grains;

public interface ICounterGrain : IGrainWithStringKey
{
    ValueTask<int> AddAsync(int delta);

    Task<int> GetAsync();

    Task FailAsync(string message);

    /// <summary>Enters a turn, yields, and reports the most turns it ever saw running at once.</summary>
    Task<int> ProbeOverlapAsync();

    ValueTask DeactivateAsync();
}
