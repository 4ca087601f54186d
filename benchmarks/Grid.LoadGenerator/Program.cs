using Grid.LoadGenerator;
using Grid.LoadGenerator.Reporting;

if (LoadOptions.IsHelp(args))
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var report = await FlashSaleRunner.RunAsync(options);
Console.WriteLine(ReportWriter.Summary(report));
await ReportWriter.WriteAsync(report, options.ReportPath);
return report.OversoldUnits == 0 && report.LostAcks == 0 ? 0 : 1;
