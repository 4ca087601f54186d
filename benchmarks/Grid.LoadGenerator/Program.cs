using Grid.LoadGenerator;
using Grid.LoadGenerator.Reporting;

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
await ReportWriter.WriteAsync(report, options.ReportPath);
return report.OversoldUnits == 0 && report.LostAcks == 0 ? 0 : 1;
