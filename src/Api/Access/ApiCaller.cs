using Grid.Grains.ApiKeys;
using Grid.Grains.Ids;

namespace Grid.Api.Access;

/// <summary>Who is calling: the API key's id, the channel a channel-scoped key belongs to, and its scopes.</summary>
internal sealed record ApiCaller(string KeyId, ChannelId? Channel, ApiScopes Scopes)
{
    /// <summary>True when the key holds every scope in <paramref name="scopes"/>.</summary>
    public bool Has(ApiScopes scopes) => (Scopes & scopes) == scopes;
}
