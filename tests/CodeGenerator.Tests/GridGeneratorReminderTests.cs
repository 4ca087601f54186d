namespace Grid.CodeGenerator.Tests;

public sealed class GridGeneratorReminderTests
{
    private const string Usings = "using System; using System.Threading.Tasks; using Grid.Runtime; using Grid.Runtime.Reminders;\n";

    [Fact]
    public void Run_GrainClassImplementsIRemindableBesideItsInterface_RegistersItsOwnInterface()
    {
        var run = GeneratorHarness.Run(Usings + """
            public interface IHoldGrain : IGrainWithStringKey { Task PlaceAsync(); }
            public sealed class HoldGrain : Grain, IHoldGrain, IRemindable
            {
                public Task PlaceAsync() => Task.CompletedTask;
                public Task ReceiveReminder(string reminderName, ReminderTick tick) => Task.CompletedTask;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors());
        Assert.Contains("typeof(global::HoldGrain), typeof(global::IHoldGrain), \"hold\"", run.Source("GridModuleInitializer.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GrainInterfaceExtendsIRemindable_ProxyCarriesReceiveReminder()
    {
        var run = GeneratorHarness.Run(Usings + """
            public interface IHoldGrain : IRemindable { Task PlaceAsync(); }
            public sealed class HoldGrain : Grain, IHoldGrain
            {
                public Task PlaceAsync() => Task.CompletedTask;
                public Task ReceiveReminder(string reminderName, ReminderTick tick) => Task.CompletedTask;
            }
            """);

        Assert.Empty(run.Diagnostics);
        Assert.Empty(run.OutputErrors());
        Assert.Contains("global::Grid.Runtime.Reminders.IRemindable.ReceiveReminder(", run.Source("IHoldGrain.Proxy.g.cs"), StringComparison.Ordinal);
    }
}
