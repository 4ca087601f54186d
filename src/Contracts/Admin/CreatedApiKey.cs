namespace Grid.Contracts.Admin;

/// <summary>A key just created: the only time its full text is shown.</summary>
/// <param name="Key">The key to send as <c>Authorization: Bearer ...</c> or <c>X-Api-Key</c>.</param>
/// <param name="View">The key as it is stored.</param>
public sealed record CreatedApiKey(string Key, ApiKeyView View);
