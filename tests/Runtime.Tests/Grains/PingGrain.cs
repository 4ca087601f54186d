namespace Grid.Runtime.Tests.Grains;

internal sealed class PingGrain : Grain, IPingGrain
{
    public async Task<string> PingPongAsync(string otherKey)
    {
        var answer = await GrainFactory.GetGrain<IPingGrain>(otherKey).PongAsync(GetPrimaryKeyString());
        return $"{GetPrimaryKeyString()}<-{answer}";
    }

    public async Task<string> PongAsync(string callerKey)
    {
        var name = await GrainFactory.GetGrain<IPingGrain>(callerKey).NameAsync();
        return $"{GetPrimaryKeyString()}<-{name}";
    }

    public Task<string> NameAsync() => Task.FromResult(GetPrimaryKeyString());
}
