using Grid.Grains.Channels;

namespace Grid.Grains.Tests.Channels;

public sealed class ChannelErrorCodesTests
{
    [Theory]
    [InlineData(ChannelError.None, "none")]
    [InlineData(ChannelError.InvalidProfile, "invalid_channel")]
    [InlineData(ChannelError.UnknownChannel, "unknown_channel")]
    public void ToCode_EachError_IsItsStableCode(ChannelError error, string code)
    {
        Assert.Equal(code, error.ToCode());
    }

    [Fact]
    public void ToCode_UndefinedError_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ChannelError)99).ToCode());
    }
}
