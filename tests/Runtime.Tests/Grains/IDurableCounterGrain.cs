namespace Grid.Runtime.Tests.Grains;

public interface IDurableCounterGrain : IGrainWithStringKey
{
    /// <summary>Adds and returns the new value once it is durable.</summary>
    Task<int> AddAsync(int delta, string note);

    Task<int> GetAsync();

    Task<IReadOnlyList<string>> HistoryAsync();

    Task<string?> EtagAsync();

    Task<bool> RecordExistsAsync();

    Task ClearAsync();

    Task DeactivateAsync();
}
