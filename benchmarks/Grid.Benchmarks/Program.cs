using BenchmarkDotNet.Running;
using Grid.Benchmarks.Grains;
using Grid.Benchmarks.Runtime;
using Grid.Benchmarks.Sourcing;

if (args.Length > 0 && args[0] == ActivationHeapMeasurement.Command)
{
    return await ActivationHeapMeasurement.RunAsync(args);
}

if (args.Length > 0 && args[0] == InventoryHeapMeasurement.Command)
{
    return await InventoryHeapMeasurement.RunAsync(args);
}

if (args.Length > 0 && args[0] == SourcingLatencyMeasurement.Command)
{
    return await SourcingLatencyMeasurement.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(GrainCallBenchmarks).Assembly).Run(args);
return 0;
