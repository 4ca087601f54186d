namespace Grid.Runtime.Tests.Grains;

internal sealed class UnremindableGrain : Grain, IUnremindableGrain
{
    public Task RegisterAsync() => RegisterOrUpdateReminder("never", TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
}
