using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using Grid.Contracts.Admin;
using Grid.Contracts.Channels;
using Grid.Contracts.Inventory;
using Grid.Contracts.Locations;

namespace Grid.LoadGenerator.Http;

/// <summary>What an operator does through the API before a sale: a store, a channel it feeds, the channel's key, stock.</summary>
internal static class GridApiSetup
{
    public const string Location = "store-1";
    public const string Channel = "web";

    /// <summary>Defines the store and the channel and returns a new channel key allowed <paramref name="requestsPerSecond"/>.</summary>
    public static async Task<string> DefineChannelAsync(HttpClient admin, int requestsPerSecond)
    {
        await SendAsync(admin, HttpMethod.Put, $"/ops/locations/{Location}",
            new LocationDefinition("Flash sale store", "store", 51.5, -0.12, true, true, true, 1_000_000, true), LoadJsonContext.Default.LocationDefinition).ConfigureAwait(false);
        await SendAsync(admin, HttpMethod.Put, $"/admin/channels/{Channel}",
            new ChannelDefinition("Flash sale web", [Location], 0, "at-checkout", 900, 900, 3), LoadJsonContext.Default.ChannelDefinition).ConfigureAwait(false);
        using var created = await SendAsync(admin, HttpMethod.Post, "/admin/api-keys",
            new CreateApiKeyRequest("flash sale web backend", ["channel"], Channel, requestsPerSecond), LoadJsonContext.Default.CreateApiKeyRequest).ConfigureAwait(false);
        var key = await created.Content.ReadFromJsonAsync(LoadJsonContext.Default.CreatedApiKey).ConfigureAwait(false);
        return key?.Key ?? throw new InvalidOperationException("POST /admin/api-keys returned no key.");
    }

    public static async Task SetStockAsync(HttpClient admin, string sku, long onHand)
    {
        using var _ = await SendAsync(admin, HttpMethod.Put, $"/ops/inventory/{sku}/{Location}/on-hand",
            new SetOnHandRequest(onHand, "flash sale stock"), LoadJsonContext.Default.SetOnHandRequest).ConfigureAwait(false);
    }

    private static async Task<HttpResponseMessage> SendAsync<T>(HttpClient client, HttpMethod method, string path, T body, JsonTypeInfo<T> type)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body, type) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("N"));
        var response = await client.SendAsync(request).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var problem = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
            response.Dispose();
            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {problem}");
        }

        return response;
    }
}
