using Microsoft.Extensions.Logging;

namespace Grid.Api.SampleData;

/// <summary>Writes a sample data load's progress to the log as it happens (safe to call from several threads).</summary>
internal sealed partial class SampleDataProgressLog(ILogger logger) : IProgress<string>
{
    public void Report(string value) => LogProgress(logger, value);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample data: {Step}")]
    private static partial void LogProgress(ILogger logger, string step);
}
