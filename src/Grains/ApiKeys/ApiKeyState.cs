using Grid.Runtime;

namespace Grid.Grains.ApiKeys;

/// <summary>The durable state of one API key.</summary>
[GenerateSerializer]
internal sealed class ApiKeyState
{
    /// <summary>The name the key grain's state is stored under.</summary>
    internal const string StateName = "api-key";

    /// <summary>The key; null until created.</summary>
    public ApiKeyRecord? Key { get; set; }
}
