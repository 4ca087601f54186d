namespace Grid.Runtime.Tests.Grains;

internal sealed class BasketGrain(SiloIdentity silo) : Grain, IBasketGrain
{
    private Basket? _basket;

    public Task SetAsync(Basket basket)
    {
        _basket = basket;
        return Task.CompletedTask;
    }

    public Task<Basket?> GetAsync() => Task.FromResult(_basket);

    public Task<List<string>> ItemsAsync() => Task.FromResult(_basket?.Items ?? []);

    public ValueTask<Price> PriceAsync(Price price) => ValueTask.FromResult(price with { Amount = price.Amount * 2 });

    public Task<IReadOnlyList<int>> EchoAsync(int[] values, HashSet<string> tags, PriceKind? kind) =>
        Task.FromResult<IReadOnlyList<int>>([.. values, tags.Count, (int?)kind ?? -1]);

    public Task RejectAsync(string reason) => throw new BasketRejectedException(reason);

    public Task<string> WhereAmIAsync() => Task.FromResult(silo.Name);
}
