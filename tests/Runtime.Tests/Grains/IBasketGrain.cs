namespace Grid.Runtime.Tests.Grains;

public interface IBasketGrain : IGrainWithStringKey
{
    Task SetAsync(Basket basket);

    Task<Basket?> GetAsync();

    Task<List<string>> ItemsAsync();

    ValueTask<Price> PriceAsync(Price price);

    Task<IReadOnlyList<int>> EchoAsync(int[] values, HashSet<string> tags, PriceKind? kind);

    Task RejectAsync(string reason);

    Task<string> WhereAmIAsync();
}
