using Grid.Grains.Ids;
using Grid.Runtime;

namespace Grid.Grains.Carts.Commands;

/// <summary>The customer carries on in another channel (started on the app, finishes in store); lines and holds stay.</summary>
[GenerateSerializer]
public sealed record SwitchCartChannel(IdempotencyKey Key, ChannelId Channel);
