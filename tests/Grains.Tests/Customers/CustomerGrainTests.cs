using Grid.Grains.Carts;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Locations;
using Grid.Grains.Orders;
using Grid.Grains.Tests.Testing;
using Grid.Runtime.Serialization;
using Grid.Runtime.Storage;

namespace Grid.Grains.Tests.Customers;

public sealed class CustomerGrainTests : IDisposable
{
    private static readonly ChannelId Web = ChannelId.Parse("web");
    private static readonly ChannelId App = ChannelId.Parse("app");
    private static readonly ChannelId Store = ChannelId.Parse("store");
    private static readonly LocationId Store7 = LocationId.Parse("store-07");
    private static readonly DateTimeOffset T0 = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly CustomerAddress[] NoAddresses = [];

    private readonly string _directory = Directory.CreateTempSubdirectory("grid-customer-restart-").FullName;

    public static TheoryData<string> BrokenRules =>
    [
        "id is not the key", "name empty", "name blank", "name too long", "name with control character",
        "email too short", "email too long", "email without @", "email with two @", "email starting with @", "email ending with @", "email with space",
        "addresses missing", "too many addresses", "address missing", "label empty", "label too long", "label used twice",
        "line empty", "line too long", "latitude out of range", "longitude not a number", "preferred store not parsed",
    ];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task RegisterAsync_ValidProfile_AcceptedDurableAndShownInTheView()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var profile = Profile("cust-1");

        var result = await grain.RegisterAsync(profile);

        Assert.True(result.Accepted);
        Assert.Null(result.Detail);
        AssertProfile(profile, result.Profile);
        AssertProfile(profile, (await grain.GetViewAsync()).Profile);
        AssertProfile(profile, (await StoredAsync(cluster.Storage, "cust-1")).Profile);
    }

    [Fact]
    public async Task RegisterAsync_Again_ReplacesTheProfile()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        await grain.RegisterAsync(Profile("cust-1"));
        var moved = Profile("cust-1") with
        {
            Email = "ada@example.org",
            Addresses = [new CustomerAddress("Home", "1 New Street, Chicago", GeoPoint.Create(41.9, -87.7))],
            PreferredStore = null,
        };

        var result = await grain.RegisterAsync(moved);

        Assert.True(result.Accepted);
        AssertProfile(moved, (await grain.GetViewAsync()).Profile);
        AssertProfile(moved, (await StoredAsync(cluster.Storage, "cust-1")).Profile);
    }

    [Theory]
    [MemberData(nameof(BrokenRules))]
    public async Task RegisterAsync_BrokenRule_RejectedAndChangesNothing(string rule)
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var valid = Profile("cust-1");
        await grain.RegisterAsync(valid);
        var versionBefore = (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version;

        var result = await grain.RegisterAsync(Break(valid, rule));

        Assert.Equal(CustomerError.InvalidProfile, result.Error);
        Assert.Equal("invalid_customer", result.Error.ToCode());
        Assert.False(string.IsNullOrWhiteSpace(result.Detail));
        AssertProfile(valid, result.Profile);
        AssertProfile(valid, (await grain.GetViewAsync()).Profile);
        Assert.Equal(versionBefore, (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task RegisterAsync_BrokenRuleBeforeAnyRegistration_RejectedWithoutProfileOrWrite()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");

        var result = await grain.RegisterAsync(Profile("cust-2"));

        Assert.Equal(CustomerError.InvalidProfile, result.Error);
        Assert.Contains("cust-2", result.Detail, StringComparison.Ordinal);
        Assert.Null(result.Profile);
        Assert.Null(await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None));
    }

    [Fact]
    public async Task RegisterAsync_BoundaryLengths_Accepted()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var addresses = Enumerable.Range(0, CustomerLimits.MaxAddresses)
            .Select(i => new CustomerAddress($"{i}".PadRight(CustomerLimits.MaxLabelLength, 'x'), new string('l', CustomerLimits.MaxAddressLineLength), GeoPoint.Create(90, -180)))
            .ToArray();
        var longest = new CustomerProfile(CustomerId.Parse("cust-1"), new string('n', 200), new string('e', 250) + "@e.c", addresses, null);
        var shortest = new CustomerProfile(CustomerId.Parse("cust-1"), "N", "a@b", NoAddresses, Store7);

        Assert.True((await grain.RegisterAsync(longest)).Accepted);
        Assert.True((await grain.RegisterAsync(shortest)).Accepted);
    }

    [Fact]
    public async Task GetViewAsync_ActivityAcrossThreeChannels_OneViewNewestFirst()
    {
        await using var cluster = await GrainsCluster.StartAsync();
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        await grain.RegisterAsync(Profile("cust-1"));
        var cart = new CartSummary(CartId.Parse("cart-1"), App, 2, 3, CartState.Open, T0.AddMinutes(1));
        var order = new OrderSummary(OrderId.Parse("order-1"), Web, OrderStatus.Placed, 1, 2, T0.AddMinutes(10), T0.AddMinutes(10));
        var returned = new ReturnSummary(OrderId.Parse("order-1"), SkuId.Parse("sku-0001"), 1, Store7, true, T0.AddDays(3));
        Touchpoint[] touchpoints =
        [
            new(Store, TouchpointKind.Return, "order-1", T0.AddDays(3)),
            new(App, TouchpointKind.CartActivity, "cart-1", T0.AddMinutes(1)),
            new(Web, TouchpointKind.Checkout, "order-1", T0.AddMinutes(10)),
            new(App, TouchpointKind.Visit, "home", T0),
        ];

        await grain.RecordCartAsync(cart);
        await grain.RecordOrderAsync(order);
        await grain.RecordReturnAsync(returned);

        // Touchpoints arrive out of order (from different grains); the view orders them by time.
        foreach (var touchpoint in touchpoints)
        {
            await grain.RecordTouchpointAsync(touchpoint);
        }

        var view = await grain.GetViewAsync();
        AssertProfile(Profile("cust-1"), view.Profile);
        Assert.Equal([cart], view.Carts);
        Assert.Equal([order], view.Orders);
        Assert.Equal([returned], view.Returns);
        Assert.Equal([touchpoints[0], touchpoints[2], touchpoints[1], touchpoints[3]], view.Touchpoints);
        Assert.Equal([Store, Web, App], view.Touchpoints.Select(t => t.Channel).Distinct());
    }

    [Fact]
    public async Task GetViewAsync_SeveralCartsAndOrders_MostRecentFirst()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var older = new CartSummary(CartId.Parse("cart-1"), Web, 1, 1, CartState.Open, T0);
        var newer = new CartSummary(CartId.Parse("cart-2"), App, 1, 1, CartState.Open, T0.AddHours(1));
        var first = new OrderSummary(OrderId.Parse("order-1"), Web, OrderStatus.Placed, 1, 1, T0, T0);
        var second = new OrderSummary(OrderId.Parse("order-2"), Web, OrderStatus.Placed, 1, 1, T0.AddHours(1), T0.AddHours(1));

        await grain.RecordCartAsync(newer);
        await grain.RecordCartAsync(older);
        await grain.RecordOrderAsync(second);
        await grain.RecordOrderAsync(first);

        // An update of the first order does not move it ahead of the second: orders are listed by placement.
        var firstShipped = first with { Status = OrderStatus.Shipped, UpdatedAt = T0.AddHours(2) };
        await grain.RecordOrderAsync(firstShipped);

        var view = await grain.GetViewAsync();
        Assert.Equal([newer, older], view.Carts);
        Assert.Equal([second, firstShipped], view.Orders);
    }

    [Fact]
    public async Task RecordCartAsync_SameCart_UpsertsAndIgnoresAnOlderSummary()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var other = new CartSummary(CartId.Parse("cart-2"), Web, 1, 1, CartState.Open, T0.AddMinutes(5));
        var opened = new CartSummary(CartId.Parse("cart-1"), App, 1, 1, CartState.Open, T0);
        var grown = opened with { Lines = 2, Units = 4, UpdatedAt = T0.AddMinutes(10) };
        var checkedOutInStore = grown with { Channel = Store, State = CartState.CheckedOut, UpdatedAt = T0.AddMinutes(20) };

        await grain.RecordCartAsync(opened);
        await grain.RecordCartAsync(other);
        await grain.RecordCartAsync(grown);
        await grain.RecordCartAsync(checkedOutInStore);
        var versionBefore = (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version;
        await grain.RecordCartAsync(grown);
        await grain.RecordCartAsync(checkedOutInStore);

        Assert.Equal([checkedOutInStore, other], (await grain.GetViewAsync()).Carts);
        Assert.Equal(versionBefore, (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task RecordOrderAsync_SameOrder_UpsertsAndIgnoresAnOlderSummary()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var placed = new OrderSummary(OrderId.Parse("order-1"), Web, OrderStatus.Placed, 2, 3, T0, T0);
        var sourced = placed with { Status = OrderStatus.Sourced, UpdatedAt = T0.AddMinutes(1) };
        var pickedUp = placed with { Status = OrderStatus.PickedUp, UpdatedAt = T0.AddDays(1) };

        await grain.RecordOrderAsync(placed);
        await grain.RecordOrderAsync(pickedUp);
        await grain.RecordOrderAsync(sourced);

        Assert.Equal([pickedUp], (await grain.GetViewAsync()).Orders);
    }

    [Fact]
    public async Task RecordTouchpointAndReturn_RetriedCall_KeptOnceWithoutAWrite()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var touchpoint = new Touchpoint(Web, TouchpointKind.Support, "case-17", T0);
        var returned = new ReturnSummary(OrderId.Parse("order-1"), SkuId.Parse("sku-0001"), 2, Store7, false, T0);
        await grain.RecordTouchpointAsync(touchpoint);
        await grain.RecordReturnAsync(returned);
        var versionBefore = (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version;

        await grain.RecordTouchpointAsync(touchpoint);
        await grain.RecordReturnAsync(returned);

        var view = await grain.GetViewAsync();
        Assert.Equal([touchpoint], view.Touchpoints);
        Assert.Equal([returned], view.Returns);
        Assert.Equal(versionBefore, (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version);
    }

    [Fact]
    public async Task RecordTouchpointAsync_BeyondTheCap_KeepsTheLatest200()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var touchpoints = Enumerable.Range(0, CustomerLimits.MaxTouchpoints + 5)
            .Select(i => new Touchpoint(Web, TouchpointKind.Visit, $"page-{i}", T0.AddSeconds(i)))
            .ToArray();

        await Task.WhenAll(touchpoints.Select(t => grain.RecordTouchpointAsync(t).AsTask()));
        var versionBefore = (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version;
        await grain.RecordTouchpointAsync(new Touchpoint(Web, TouchpointKind.Visit, "too-old", T0.AddDays(-1)));

        var kept = (await grain.GetViewAsync()).Touchpoints;
        Assert.Equal(touchpoints.Skip(5).Reverse(), kept);
        Assert.Equal(versionBefore, (await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None))!.Version);
        Assert.Equal(CustomerLimits.MaxTouchpoints, (await StoredAsync(cluster.Storage, "cust-1")).Touchpoints.Count);
    }

    [Fact]
    public async Task RecordCartAsync_BeyondTheCap_KeepsThe100MostRecentlyUpdated()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var carts = Enumerable.Range(0, CustomerLimits.MaxCarts + 3)
            .Select(i => new CartSummary(CartId.Parse($"cart-{i}"), Web, 1, 1, CartState.Abandoned, T0.AddMinutes(i)))
            .ToArray();

        await Task.WhenAll(carts.Select(c => grain.RecordCartAsync(c).AsTask()));

        // The oldest cart comes back to life: it is the most recently updated again.
        var revived = carts[0] with { State = CartState.Open, UpdatedAt = T0.AddDays(1) };
        await grain.RecordCartAsync(revived);

        var kept = (await grain.GetViewAsync()).Carts;
        Assert.Equal([revived, .. carts.Skip(4).Reverse()], kept);
        Assert.Equal(CustomerLimits.MaxCarts, kept.Count);
    }

    [Fact]
    public async Task RecordOrderAsync_ManyOrders_KeepsEveryOne()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var orders = Enumerable.Range(0, 250)
            .Select(i => new OrderSummary(OrderId.Parse($"order-{i}"), Web, OrderStatus.Delivered, 1, 1, T0.AddHours(i), T0.AddHours(i + 1)))
            .ToArray();

        await Task.WhenAll(orders.Select(o => grain.RecordOrderAsync(o).AsTask()));

        Assert.Equal(orders.Reverse(), (await grain.GetViewAsync()).Orders);
    }

    [Fact]
    public async Task RecordAsync_GuestWhoRegistersLater_KeepsTheHistory()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var order = new OrderSummary(OrderId.Parse("order-1"), Web, OrderStatus.Placed, 1, 1, T0, T0);
        await grain.RecordOrderAsync(order);
        var guest = await grain.GetViewAsync();

        await grain.RegisterAsync(Profile("cust-1"));

        Assert.Null(guest.Profile);
        Assert.Equal([order], guest.Orders);
        var registered = await grain.GetViewAsync();
        AssertProfile(Profile("cust-1"), registered.Profile);
        Assert.Equal([order], registered.Orders);
    }

    [Fact]
    public async Task RecordAsync_BrokenRule_ThrowsArgumentExceptionAndChangesNothing()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var touchpoint = new Touchpoint(Web, TouchpointKind.Visit, "home", T0);
        var cart = new CartSummary(CartId.Parse("cart-1"), Web, 1, 1, CartState.Open, T0);
        var order = new OrderSummary(OrderId.Parse("order-1"), Web, OrderStatus.Placed, 1, 1, T0, T0);
        var returned = new ReturnSummary(OrderId.Parse("order-1"), SkuId.Parse("sku-1"), 1, Store7, true, T0);
        Func<Task>[] broken =
        [
            () => grain.RecordTouchpointAsync(touchpoint with { Reference = "" }).AsTask(),
            () => grain.RecordTouchpointAsync(touchpoint with { Reference = "   " }).AsTask(),
            () => grain.RecordTouchpointAsync(touchpoint with { Reference = new string('r', CustomerLimits.MaxReferenceLength + 1) }).AsTask(),
            () => grain.RecordTouchpointAsync(touchpoint with { Reference = "line\nbreak" }).AsTask(),
            () => grain.RecordTouchpointAsync(touchpoint with { Channel = default }).AsTask(),
            () => grain.RecordTouchpointAsync(touchpoint with { Kind = (TouchpointKind)42 }).AsTask(),
            () => grain.RecordCartAsync(cart with { Cart = default }).AsTask(),
            () => grain.RecordCartAsync(cart with { Units = -1 }).AsTask(),
            () => grain.RecordCartAsync(cart with { State = (CartState)42 }).AsTask(),
            () => grain.RecordOrderAsync(order with { Lines = -1 }).AsTask(),
            () => grain.RecordOrderAsync(order with { UpdatedAt = T0.AddSeconds(-1) }).AsTask(),
            () => grain.RecordOrderAsync(order with { Status = (OrderStatus)42 }).AsTask(),
            () => grain.RecordReturnAsync(returned with { Quantity = 0 }).AsTask(),
            () => grain.RecordReturnAsync(returned with { Location = default }).AsTask(),
        ];

        for (var i = 0; i < broken.Length; i++)
        {
            var error = await Record.ExceptionAsync(broken[i]);
            Assert.True(error is ArgumentException, $"Case {i} threw {error?.GetType().Name ?? "nothing"}.");
        }

        var view = await grain.GetViewAsync();
        Assert.Empty(view.Touchpoints);
        Assert.Empty(view.Carts);
        Assert.Empty(view.Orders);
        Assert.Empty(view.Returns);
        Assert.Null(await cluster.Storage.ReadAsync(StateKeyOf("cust-1"), CancellationToken.None));
    }

    [Fact]
    public async Task RecordTouchpointAsync_ReferenceOf200Characters_Accepted()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);
        var grain = cluster.Client.GetGrain<ICustomerGrain>("cust-1");
        var touchpoint = new Touchpoint(Web, TouchpointKind.Visit, new string('r', CustomerLimits.MaxReferenceLength), T0);

        await grain.RecordTouchpointAsync(touchpoint);

        Assert.Equal([touchpoint], (await grain.GetViewAsync()).Touchpoints);
    }

    [Fact]
    public async Task Activate_KeyIsNotACustomerId_CallFailsWithClearError()
    {
        await using var cluster = await GrainsCluster.StartAsync(siloCount: 1);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => cluster.Client.GetGrain<ICustomerGrain>("not a customer").GetViewAsync().AsTask());

        Assert.Contains("customer id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCode_EveryError_HasAStableCode()
    {
        Assert.Equal(["none", "invalid_customer", "unknown_customer"], Enum.GetValues<CustomerError>().Select(e => e.ToCode()));
    }

    [Fact]
    public async Task Restart_AfterAcceptedChanges_ViewIsRecoveredFromSqlite()
    {
        var database = Path.Combine(_directory, "grid.db");
        var profile = Profile("cust-1");
        CustomerView before;
        await using (var first = await GrainsCluster.StartAsync(new SqliteGrainStorage(database, TimeProvider.System)))
        {
            var grain = first.Client.GetGrain<ICustomerGrain>("cust-1");
            await grain.RegisterAsync(profile);
            await grain.RecordCartAsync(new CartSummary(CartId.Parse("cart-1"), App, 2, 3, CartState.CheckedOut, T0));
            await grain.RecordOrderAsync(new OrderSummary(OrderId.Parse("order-1"), App, OrderStatus.ReadyForPickup, 2, 3, T0, T0.AddHours(2)));
            await grain.RecordReturnAsync(new ReturnSummary(OrderId.Parse("order-1"), SkuId.Parse("sku-0001"), 1, Store7, true, T0.AddDays(2)));
            await grain.RecordTouchpointAsync(new Touchpoint(Store, TouchpointKind.Return, "order-1", T0.AddDays(2)));
            await grain.RecordTouchpointAsync(new Touchpoint(App, TouchpointKind.Checkout, "cart-1", T0));
            before = await grain.GetViewAsync();
        }

        await using var second = await GrainsCluster.StartAsync(new SqliteGrainStorage(database, TimeProvider.System));
        var after = await second.Client.GetGrain<ICustomerGrain>("cust-1").GetViewAsync();

        AssertProfile(profile, after.Profile);
        Assert.Equal(before.Carts, after.Carts);
        Assert.Equal(before.Orders, after.Orders);
        Assert.Equal(before.Returns, after.Returns);
        Assert.Equal(before.Touchpoints, after.Touchpoints);
        Assert.Single(after.Carts);
        Assert.Equal(2, after.Touchpoints.Count);
    }

    private static CustomerProfile Profile(string id) => new(
        CustomerId.Parse(id),
        "Ada Lovelace",
        "ada@example.com",
        [
            new CustomerAddress("Home", "12 W Madison St, Chicago, IL", GeoPoint.Create(41.8817, -87.6291)),
            new CustomerAddress("Work", "233 S Wacker Dr, Chicago, IL", GeoPoint.Create(41.8789, -87.6359)),
        ],
        Store7);

    private static CustomerProfile Break(CustomerProfile valid, string rule)
    {
        var home = valid.Addresses[0];
        return rule switch
        {
            "id is not the key" => valid with { Id = CustomerId.Parse("cust-2") },
            "name empty" => valid with { Name = "" },
            "name blank" => valid with { Name = "  " },
            "name too long" => valid with { Name = new string('n', CustomerLimits.MaxNameLength + 1) },
            "name with control character" => valid with { Name = "Ada\tLovelace" },
            "email too short" => valid with { Email = "a@" },
            "email too long" => valid with { Email = new string('e', 251) + "@e.c" },
            "email without @" => valid with { Email = "ada.example.com" },
            "email with two @" => valid with { Email = "ada@home@example.com" },
            "email starting with @" => valid with { Email = "@example.com" },
            "email ending with @" => valid with { Email = "ada@" },
            "email with space" => valid with { Email = "ada lovelace@example.com" },
            "addresses missing" => valid with { Addresses = null! },
            "too many addresses" => valid with { Addresses = [.. Enumerable.Range(0, CustomerLimits.MaxAddresses + 1).Select(i => home with { Label = $"a{i}" })] },
            "address missing" => valid with { Addresses = [home, null!] },
            "label empty" => valid with { Addresses = [home with { Label = "" }] },
            "label too long" => valid with { Addresses = [home with { Label = new string('l', CustomerLimits.MaxLabelLength + 1) }] },
            "label used twice" => valid with { Addresses = [home, home with { Label = "HOME", Line = "Elsewhere" }] },
            "line empty" => valid with { Addresses = [home with { Line = "" }] },
            "line too long" => valid with { Addresses = [home with { Line = new string('l', CustomerLimits.MaxAddressLineLength + 1) }] },
            "latitude out of range" => valid with { Addresses = [home with { Position = home.Position with { Latitude = 91 } }] },
            "longitude not a number" => valid with { Addresses = [home with { Position = home.Position with { Longitude = double.NaN } }] },
            "preferred store not parsed" => valid with { PreferredStore = default(LocationId) },
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, "No such rule."),
        };
    }

    private static void AssertProfile(CustomerProfile expected, CustomerProfile? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected with { Addresses = NoAddresses }, actual with { Addresses = NoAddresses });
        Assert.Equal(expected.Addresses, actual.Addresses);
    }

    private static StateKey StateKeyOf(string customer) => new("customer", customer, CustomerState.StateName);

    private static async Task<CustomerState> StoredAsync(MemoryGrainStorage storage, string customer)
    {
        var stored = await storage.ReadAsync(StateKeyOf(customer), CancellationToken.None);
        Assert.NotNull(stored?.Data);
        return Codec<CustomerState>.Read(new WireReader(stored.Data));
    }
}
