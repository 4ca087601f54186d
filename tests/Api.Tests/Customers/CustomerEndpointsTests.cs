using System.Net;
using Grid.Api.Tests.Testing;
using Grid.Contracts.Customers;
using Grid.Contracts.Locations;
using Grid.Grains.Customers;

namespace Grid.Api.Tests.Customers;

public sealed class CustomerEndpointsTests : IAsyncLifetime
{
    private RetailApi _api = null!;

    public async Task InitializeAsync() => _api = await RetailApi.StartAsync();

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task Register_ThenReplaceFromAnotherChannel_EveryChannelReadsTheSameSingleView()
    {
        var home = new CustomerAddressView("Home", "1 High Street", new GeoPosition(51.5, -0.12));

        using var registered = await RetailApi.SendAsync(_api.Web, HttpMethod.Put, "/v1/customers/ann", new CustomerProfileRequest("Ann", "ann@example.com", [home], "s1"));
        var profile = await RetailApi.ReadAsync<CustomerProfileView>(registered);
        using var replaced = await RetailApi.SendAsync(_api.App, HttpMethod.Put, "/v1/customers/ann", new CustomerProfileRequest("Ann Lee", "ann@example.org", [home], null));
        using var read = await _api.Web.GetAsync(new Uri("/v1/customers/ann", UriKind.Relative));
        var view = await RetailApi.ReadAsync<CustomerDetail>(read);

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal(("ann", "Ann", "s1"), (profile.Id, profile.Name, profile.PreferredStore));
        Assert.Equal(home, Assert.Single(profile.Addresses));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(("ann", "Ann Lee", "ann@example.org", null), (view.Id, view.Profile!.Name, view.Profile.Email, view.Profile.PreferredStore));
        Assert.Empty(view.Orders);
    }

    [Fact]
    public async Task RecordTouchpoint_FromTwoChannels_BothInTheSingleViewNewestFirst()
    {
        using var visit = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/customers/ann/touchpoints", new TouchpointRequest("visit", "/home"));
        var recorded = await RetailApi.ReadAsync<TouchpointView>(visit);
        using var support = await RetailApi.SendAsync(_api.Pos, HttpMethod.Post, "/v1/customers/ann/touchpoints", new TouchpointRequest("support", "case-17"));
        using var read = await _api.App.GetAsync(new Uri("/v1/customers/ann", UriKind.Relative));
        var view = await RetailApi.ReadAsync<CustomerDetail>(read);

        Assert.Equal(HttpStatusCode.OK, visit.StatusCode);
        Assert.Equal(("web", "visit", "/home"), (recorded.Channel, recorded.Kind, recorded.Reference));
        Assert.Equal(HttpStatusCode.OK, support.StatusCode);
        Assert.Null(view.Profile);
        Assert.Equal([("pos", "support"), ("web", "visit")], view.Touchpoints.Select(t => (t.Channel, t.Kind)));
    }

    [Fact]
    public async Task Get_CustomerNeverSeen_404UnknownCustomer()
    {
        using var read = await _api.Web.GetAsync(new Uri("/v1/customers/nobody", UriKind.Relative));
        using var bad = await _api.Web.GetAsync(new Uri("/v1/customers/no%20body", UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, "unknown_customer"), (read.StatusCode, await RetailApi.CodeOf(read)));
        Assert.Equal((HttpStatusCode.BadRequest, "invalid_customer_id"), (bad.StatusCode, await RetailApi.CodeOf(bad)));
    }

    [Theory]
    [InlineData("ann", """{"name":"Ann","email":"not-an-email"}""", "invalid_customer")]
    [InlineData("ann", """{"name":"","email":"ann@example.com"}""", "invalid_customer")]
    [InlineData("ann", """{"email":"ann@example.com"}""", "invalid_request")]
    [InlineData("ann", """{"name":"Ann","email":"ann@example.com","addresses":[{"label":"Home","line":"1 High St","position":{"latitude":100,"longitude":0}}]}""", "invalid_position")]
    [InlineData("ann", """{"name":"Ann","email":"ann@example.com","addresses":[{"label":"Home","line":"1 High St"}]}""", "invalid_request")]
    [InlineData("ann", """{"name":"Ann","email":"ann@example.com","addresses":[null]}""", "invalid_customer")]
    [InlineData("ann", """{"name":"Ann","email":"ann@example.com","addresses":[{"label":"Home","line":"a","position":{"latitude":1,"longitude":1}},{"label":"home","line":"b","position":{"latitude":1,"longitude":1}}]}""", "invalid_customer")]
    [InlineData("ann", """{"name":"Ann","email":"ann@example.com","addresses":[{"label":"","line":"a","position":{"latitude":1,"longitude":1}}]}""", "invalid_customer")]
    [InlineData("ann", """{"name":"Ann","email":"ann@example.com","preferredStore":"s 1"}""", "invalid_location")]
    [InlineData("a%20n", """{"name":"Ann","email":"ann@example.com"}""", "invalid_customer_id")]
    [InlineData("ann", """{"name":"Ann","email":12}""", "invalid_request")]
    public async Task Register_BrokenRule_400WithAStableCodeAndNothingRegistered(string id, string json, string code)
    {
        using var registered = await RetailApi.SendJsonAsync(_api.Web, HttpMethod.Put, $"/v1/customers/{id}", json);

        Assert.Equal((HttpStatusCode.BadRequest, code), (registered.StatusCode, await RetailApi.CodeOf(registered)));
        Assert.Null((await _api.Server.Grains.GetGrain<ICustomerGrain>("ann").GetViewAsync()).Profile);
    }

    [Fact]
    public async Task Register_ElevenAddresses_400InvalidCustomer()
    {
        var addresses = Enumerable.Range(0, 11).Select(i => new CustomerAddressView($"a{i}", "line", new GeoPosition(1, 1))).ToList();

        using var registered = await RetailApi.SendAsync(_api.Web, HttpMethod.Put, "/v1/customers/ann", new CustomerProfileRequest("Ann", "ann@example.com", addresses, null));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_customer"), (registered.StatusCode, await RetailApi.CodeOf(registered)));
        Assert.Null((await _api.Server.Grains.GetGrain<ICustomerGrain>("ann").GetViewAsync()).Profile);
    }

    [Theory]
    [InlineData("""{"kind":"teleport","reference":"x"}""")]
    [InlineData("""{"kind":"Visit","reference":"x"}""")]
    [InlineData("""{"kind":"visit","reference":""}""")]
    [InlineData("""{"kind":"visit","reference":"   "}""")]
    [InlineData("""{"kind":"visit","reference":"a\u0001b"}""")]
    public async Task RecordTouchpoint_BrokenRule_400InvalidTouchpointNeverA500AndNothingRecorded(string json)
    {
        using var recorded = await RetailApi.SendJsonAsync(_api.Web, HttpMethod.Post, "/v1/customers/ann/touchpoints", json);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_touchpoint"), (recorded.StatusCode, await RetailApi.CodeOf(recorded)));
        Assert.Empty((await _api.Server.Grains.GetGrain<ICustomerGrain>("ann").GetViewAsync()).Touchpoints);
    }

    [Theory]
    [InlineData("""{"reference":"x"}""")]
    [InlineData("""{"kind":"visit"}""")]
    [InlineData("""{"kind":"visit","reference":null}""")]
    public async Task RecordTouchpoint_FieldMissingOrNull_400InvalidRequestNamingItAndNothingRecorded(string json)
    {
        using var recorded = await RetailApi.SendJsonAsync(_api.Web, HttpMethod.Post, "/v1/customers/ann/touchpoints", json);

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_request"), (recorded.StatusCode, await RetailApi.CodeOf(recorded)));
        Assert.Contains(json.Contains("kind", StringComparison.Ordinal) ? "reference" : "kind", await recorded.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await _api.Server.Grains.GetGrain<ICustomerGrain>("ann").GetViewAsync()).Touchpoints);
    }

    [Fact]
    public async Task RecordTouchpoint_ReferenceLongerThan200_400InvalidTouchpoint()
    {
        using var recorded = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/customers/ann/touchpoints", new TouchpointRequest("visit", new string('x', 201)));
        using var longest = await RetailApi.SendAsync(_api.Web, HttpMethod.Post, "/v1/customers/ann/touchpoints", new TouchpointRequest("visit", new string('x', 200)));

        Assert.Equal((HttpStatusCode.BadRequest, "invalid_touchpoint"), (recorded.StatusCode, await RetailApi.CodeOf(recorded)));
        Assert.Equal(HttpStatusCode.OK, longest.StatusCode);
        Assert.Single((await _api.Server.Grains.GetGrain<ICustomerGrain>("ann").GetViewAsync()).Touchpoints);
    }

    [Fact]
    public async Task Customers_WithoutAChannelKey_RejectedAndNothingRegistered()
    {
        using var anonymous = await RetailApi.SendAsync(_api.Server.Anonymous, HttpMethod.Put, "/v1/customers/ann", new CustomerProfileRequest("Ann", "ann@example.com", null, null));
        using var ops = await _api.Ops.GetAsync(new Uri("/v1/customers/ann", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ops.StatusCode);
        Assert.Null((await _api.Server.Grains.GetGrain<ICustomerGrain>("ann").GetViewAsync()).Profile);
    }
}
