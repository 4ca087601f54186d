namespace Grid.Grains.ApiKeys;

/// <summary>Why an API key operation was rejected.</summary>
public enum ApiKeyError
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>The definition breaks a rule (name, scopes, channel, rate, hash). Code <c>invalid_api_key</c>.</summary>
    InvalidKey,

    /// <summary>A different key was already created under this id. Code <c>api_key_exists</c>.</summary>
    KeyExists,

    /// <summary>No key was created under this id. Code <c>unknown_api_key</c>.</summary>
    UnknownKey,
}
