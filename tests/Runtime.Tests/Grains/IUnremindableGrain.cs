namespace Grid.Runtime.Tests.Grains;

public interface IUnremindableGrain : IGrainWithStringKey
{
    /// <summary>Tries to register a reminder although the class does not implement IRemindable.</summary>
    Task RegisterAsync();
}
