namespace Grid.Runtime.Tests.Grains;

/// <summary>A call that waits until another call opens the gate: completes only if the grain interleaves.</summary>
public interface IGateGrain : IGrainWithStringKey
{
    Task<string> WaitAsync();

    Task OpenAsync();

    [AlwaysInterleave]
    Task OpenInterleavedAsync();

    Task<int> TicksAsync();

    Task StartTimerAsync(TimeSpan period);
}
