using System.Net;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Locations;

namespace Grid.Client.Tests.Locations;

public sealed class LocationsClientTests : IAsyncLifetime
{
    private static readonly LocationDefinition Store = new("Camden", "store", 51.54, -0.14, true, true, true, 200, true);

    private ApiServer _server = null!;
    private GridClient _ops = null!;

    public async Task InitializeAsync()
    {
        _server = await ApiServer.StartAsync();
        _ops = _server.GridClient(ApiServer.AdminKey);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task DefineAsync_ThenGetAsyncAndListAsync_ShowTheDefinition()
    {
        var defined = await _ops.Locations.DefineAsync("camden", Store);
        await _ops.Locations.DefineAsync("dc-1", Store with { Name = "North DC", Kind = "distribution-centre", Pickup = false });

        var read = await _ops.Locations.GetAsync("camden");
        var all = await _ops.Locations.ListAsync();

        Assert.Equal(("camden", Store, 200), (defined.Id, defined.Definition, defined.RemainingCapacity));
        Assert.Equal(defined, read);
        Assert.Equal(["camden", "dc-1"], all.Select(l => l.Id));
        Assert.Equal("distribution-centre", all[1].Definition.Kind);
    }

    [Fact]
    public async Task CloseAsync_ThenOpenAsync_TogglesOpen()
    {
        await _ops.Locations.DefineAsync("camden", Store);

        var closed = await _ops.Locations.CloseAsync("camden");
        var opened = await _ops.Locations.OpenAsync("camden");

        Assert.False(closed.Definition.Open);
        Assert.True(opened.Definition.Open);
    }

    [Fact]
    public async Task GetAsync_Undefined_ThrowsUnknownLocation404()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Locations.GetAsync("nowhere"));

        Assert.Equal((HttpStatusCode.NotFound, GridErrorCodes.UnknownLocation), (thrown.StatusCode, thrown.Code));
    }

    [Fact]
    public async Task DefineAsync_UnknownKind_ThrowsInvalidLocation400NamingTheField()
    {
        var thrown = await Assert.ThrowsAsync<GridApiException>(() => _ops.Locations.DefineAsync("camden", Store with { Kind = "warehouse" }));

        Assert.Equal((HttpStatusCode.BadRequest, GridErrorCodes.InvalidLocation), (thrown.StatusCode, thrown.Code));
        Assert.StartsWith("kind:", thrown.Detail, StringComparison.Ordinal);
    }
}
