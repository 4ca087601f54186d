namespace Grid.Client.Tests.Testing;

/// <summary>Clients under test on top of the shared <see cref="ApiServer"/>.</summary>
internal static class GridClients
{
    /// <summary>
    /// A client under test with the key, retrying at once (no backoff) unless <paramref name="configure"/> says
    /// otherwise; over <paramref name="handler"/> (which should end in a real handler) when given.
    /// </summary>
    public static GridClient GridClient(this ApiServer server, string? key, Action<GridClientOptions>? configure = null, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        var options = new GridClientOptions { BaseAddress = server.Address, ApiKey = key, RetryBaseDelay = TimeSpan.Zero };
        configure?.Invoke(options);
        return server.Own(handler is null ? new GridClient(options, time) : new GridClient(server.Own(new HttpClient(handler)), options, time));
    }
}
