using Grid.Api.Streams;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Grid.Api.Tests.Streams;

public sealed class AvailabilityStreamOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        var options = new AvailabilityStreamOptions();

        Assert.Empty(options.Validate());
        Assert.Equal(1_024, options.MaxPendingPerSubscriber);
        Assert.Equal(TimeSpan.FromMilliseconds(50), options.PublishInterval);
        Assert.Equal((100_000, TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)), (options.RetentionCount, options.RetentionAge, options.HeartbeatInterval, options.ProfileRefreshInterval));
    }

    [Fact]
    public void Validate_EverySettingOutOfRange_ListsEachProblem()
    {
        var options = new AvailabilityStreamOptions
        {
            RetentionCount = 0,
            MaxPendingPerSubscriber = 1,
            RetentionAge = TimeSpan.Zero,
            HeartbeatInterval = TimeSpan.FromMilliseconds(10),
            ProfileRefreshInterval = TimeSpan.FromDays(2),
            PublishInterval = TimeSpan.FromSeconds(2),
        };

        Assert.Equal(6, options.Validate().Count);
        Assert.Single(new AvailabilityStreamOptions { PublishInterval = TimeSpan.FromMilliseconds(-1) }.Validate());
        Assert.Empty(new AvailabilityStreamOptions { PublishInterval = TimeSpan.Zero }.Validate());
    }

    [Fact]
    public void AddAvailabilityStreams_Configuration_IsBoundAndValidated()
    {
        using var valid = Build(new() { ["Grid:Api:Streams:RetentionCount"] = "500", ["Grid:Api:Streams:HeartbeatInterval"] = "00:00:05" });
        using var invalid = Build(new() { ["Grid:Api:Streams:RetentionCount"] = "0" });

        var options = valid.GetRequiredService<IOptions<AvailabilityStreamOptions>>().Value;
        Assert.Equal((500, TimeSpan.FromSeconds(5)), (options.RetentionCount, options.HeartbeatInterval));
        var failure = Assert.Throws<OptionsValidationException>(() => invalid.GetRequiredService<IOptions<AvailabilityStreamOptions>>().Value);
        Assert.Contains("RetentionCount", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddAvailabilityStreams()
            .BuildServiceProvider();
}
