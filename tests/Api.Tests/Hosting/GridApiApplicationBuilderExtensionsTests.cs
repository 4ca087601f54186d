using System.Net;
using System.Text.Json;
using Grid.Api.Tests.Testing;

namespace Grid.Api.Tests.Hosting;

public sealed class GridApiApplicationBuilderExtensionsTests
{
    [Fact]
    public async Task MapGridApi_OpenApiDocument_ListsTheOrderCartAndCustomerRoutes()
    {
        await using var server = await ApiServer.StartAsync();

        using var response = await server.Anonymous.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        foreach (var path in new[]
        {
            "/v1/orders/{id}", "/v1/orders/{id}/cancel", "/v1/orders/{id}/returns",
            "/ops/orders/{id}", "/ops/orders/{id}/release", "/ops/orders/{id}/legs/{location}/pick", "/ops/orders/{id}/legs/{location}/ship",
            "/ops/orders/{id}/ready-for-pickup", "/ops/orders/{id}/picked-up", "/ops/orders/{id}/delivered", "/ops/orders/{id}/returns",
            "/v1/carts", "/v1/carts/{id}", "/v1/carts/{id}/lines", "/v1/carts/{id}/lines/{sku}", "/v1/carts/{id}/switch", "/v1/carts/{id}/checkout",
            "/v1/customers/{id}", "/v1/customers/{id}/touchpoints",
        })
        {
            Assert.Contains(path, paths);
        }
    }
}
