using Grid.Grains.Carts;
using Grid.Grains.Carts.Commands;
using Grid.Grains.Customers;
using Grid.Grains.Ids;
using Grid.Grains.Orders;
using Grid.Grains.Sourcing;
using Grid.Grains.Tests.Testing;

namespace Grid.Grains.Tests.Carts;

/// <summary>Carts: holds per channel policy, extension on activity, channel switches, checkout into an order.</summary>
public sealed class CartGrainTests
{
    private static readonly ChannelId App = ChannelId.Parse("app");
    private static readonly ChannelId Web = ChannelId.Parse("web");
    private static readonly ChannelId Store = ChannelId.Parse("store");
    private static readonly CustomerId Ann = CustomerId.Parse("ann");

    [Fact]
    public async Task AddLine_AddToCartPolicy_HoldsAtTheNearestStoreAndActivityExtendsTheHold()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 3);
        await world.StockAsync("cap", "store-1", 3);
        var cart = cluster.Client.GetGrain<ICartGrain>("cart-hold");

        var added = await cart.AddLineAsync(new AddCartLine(Key("a1"), App, SkuId.Parse("tee"), 2, Ann, RetailWorld.Home, null));
        var firstExpiry = (await world.Inventory("tee", "store-1").GetReservationsAsync()).Single().ExpiresAt;
        cluster.TimeProvider.Advance(TimeSpan.FromMinutes(20));
        await cart.AddLineAsync(new AddCartLine(Key("a2"), App, SkuId.Parse("cap"), 1, Ann, RetailWorld.Home, null));
        var extended = (await world.Inventory("tee", "store-1").GetReservationsAsync()).Single().ExpiresAt;

        Assert.True(added.Accepted, added.Detail);
        var hold = Assert.Single(added.Cart!.Holds);
        Assert.Equal(("tee", "store-1", 2), (hold.Sku.Value, hold.Location.Value, hold.Quantity));
        Assert.Equal(1, (await world.AvailabilityAsync("tee", "store-1")).AvailableToSell);
        Assert.Equal(firstExpiry + TimeSpan.FromMinutes(20), extended);
    }

    [Fact]
    public async Task AddLine_AddToCartPolicyNoStock_RejectedAndCartUnchanged()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        var cart = cluster.Client.GetGrain<ICartGrain>("cart-empty");

        var added = await cart.AddLineAsync(new AddCartLine(Key("a1"), App, SkuId.Parse("tee"), 1, null, RetailWorld.Home, null));

        Assert.Equal(CartError.InsufficientStock, added.Error);
        Assert.Null(await cart.GetAsync());
    }

    [Fact]
    public async Task CartHold_NobodyTouchesTheCart_ExpiresAndStockReturns()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 3);
        var cart = cluster.Client.GetGrain<ICartGrain>("cart-expire");
        await cart.AddLineAsync(new AddCartLine(Key("a1"), App, SkuId.Parse("tee"), 3, null, RetailWorld.Home, null));
        Assert.Equal(0, (await world.AvailabilityAsync("tee", "store-1")).AvailableToSell);

        await cluster.AdvanceAsync(TimeSpan.FromMinutes(31), TimeSpan.FromMinutes(1));

        Assert.Equal(3, (await world.AvailabilityAsync("tee", "store-1")).AvailableToSell);
        var view = (await cart.GetAsync())!;
        Assert.Empty(view.Holds);
        Assert.Single(view.Lines);
    }

    [Fact]
    public async Task Checkout_StartedOnTheAppFinishedInStore_HoldsBecomeAllocationsAndTheCustomerSeesBoth()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-2", 3);
        var cart = cluster.Client.GetGrain<ICartGrain>("cart-omni");
        await cart.AddLineAsync(new AddCartLine(Key("a1"), App, SkuId.Parse("tee"), 2, Ann, null, LocationId.Parse("store-2")));

        var switched = await cart.SwitchChannelAsync(new SwitchCartChannel(Key("s1"), Store));
        var checkout = await cart.CheckoutAsync(new CheckoutCart(Key("c1"), OrderId.Parse("order-omni"), DeliveryMethod.Pickup, null, LocationId.Parse("store-2")));
        var again = await cart.CheckoutAsync(new CheckoutCart(Key("c1"), OrderId.Parse("order-omni"), DeliveryMethod.Pickup, null, LocationId.Parse("store-2")));
        var late = await cart.AddLineAsync(new AddCartLine(Key("a2"), Store, SkuId.Parse("tee"), 1, Ann, null, null));

        Assert.Equal(Store, switched.Cart!.Channel);
        Assert.True(checkout.Accepted, checkout.Detail);
        Assert.Equal(CartState.CheckedOut, checkout.Cart!.State);
        Assert.Equal(OrderStatus.Sourced, checkout.Order!.Order!.Status);
        Assert.Equal("store-2", Assert.Single(checkout.Order.Order.Legs).Location.Value);
        Assert.True(again.Replayed);
        Assert.Equal(CartError.CartClosed, late.Error);
        var stock = await world.AvailabilityAsync("tee", "store-2");
        Assert.Equal((0, 2, 1), (stock.Reserved, stock.Allocated, stock.AvailableToSell));
        var view = await cluster.Client.GetGrain<ICustomerGrain>("ann").GetViewAsync();
        Assert.Equal(CartState.CheckedOut, Assert.Single(view.Carts).State);
        Assert.Equal("order-omni", Assert.Single(view.Orders).Order.Value);
        Assert.Contains(view.Touchpoints, t => t.Channel == App);
        Assert.Contains(view.Touchpoints, t => t.Channel == Store);
    }

    [Fact]
    public async Task Checkout_CheckoutPolicy_HoldsTakenAtCheckoutThenCommitted()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 3);
        var cart = cluster.Client.GetGrain<ICartGrain>("cart-web");
        var added = await cart.AddLineAsync(new AddCartLine(Key("a1"), Web, SkuId.Parse("tee"), 2, null, RetailWorld.Home, null));
        Assert.Empty(added.Cart!.Holds);
        Assert.Equal(3, (await world.AvailabilityAsync("tee", "store-1")).AvailableToSell);

        var checkout = await cart.CheckoutAsync(new CheckoutCart(Key("c1"), OrderId.Parse("order-web"), DeliveryMethod.Ship, RetailWorld.Home, null));

        Assert.True(checkout.Accepted, checkout.Detail);
        var stock = await world.AvailabilityAsync("tee", "store-1");
        Assert.Equal((0, 2, 1), (stock.Reserved, stock.Allocated, stock.AvailableToSell));
    }

    [Fact]
    public async Task RemoveLine_ReleasesItsHolds()
    {
        var world = await RetailWorld.StartAsync();
        await using var cluster = world.Cluster;
        await world.StockAsync("tee", "store-1", 3);
        var cart = cluster.Client.GetGrain<ICartGrain>("cart-remove");
        await cart.AddLineAsync(new AddCartLine(Key("a1"), App, SkuId.Parse("tee"), 2, null, RetailWorld.Home, null));

        var removed = await cart.RemoveLineAsync(new RemoveCartLine(Key("r1"), SkuId.Parse("tee")));

        Assert.Empty(removed.Cart!.Lines);
        Assert.Empty(removed.Cart.Holds);
        Assert.Equal(3, (await world.AvailabilityAsync("tee", "store-1")).AvailableToSell);
    }

    private static IdempotencyKey Key(string text) => IdempotencyKey.Parse(text);
}
