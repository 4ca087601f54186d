namespace Grid.Runtime.Tests.Grains;

public interface IPingGrain : IGrainWithStringKey
{
    /// <summary>Calls the other grain, which calls back while this one is waiting (A to B to A).</summary>
    Task<string> PingPongAsync(string otherKey);

    Task<string> PongAsync(string callerKey);

    Task<string> NameAsync();
}
