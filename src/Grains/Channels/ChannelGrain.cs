using Grid.Grains.Ids;
using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.Channels;

/// <summary>One sales channel: its profile, durable before a definition is acknowledged; a rejected one changes nothing.</summary>
internal sealed class ChannelGrain([PersistentState(ChannelState.StateName)] IPersistentState<ChannelState> state) : Grain, IChannelGrain
{
    private ChannelId _id;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!ChannelId.TryParse(GetPrimaryKeyString(), out _id, out var error))
        {
            throw new ArgumentException($"'{GetPrimaryKeyString()}' is not a channel id: {error}");
        }

        return Task.CompletedTask;
    }

    public async ValueTask<ChannelResult> DefineAsync(ChannelProfile profile)
    {
        if (ChannelLimits.Check(profile, _id) is { } problem)
        {
            return new ChannelResult(ChannelError.InvalidProfile, problem, state.State.Profile);
        }

        state.State.Profile = profile;
        await state.WriteStateAsync();
        return new ChannelResult(ChannelError.None, null, profile);
    }

    public ValueTask<ChannelProfile?> GetAsync() => ValueTask.FromResult(state.State.Profile);
}
