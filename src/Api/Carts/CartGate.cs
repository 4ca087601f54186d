using Grid.Grains.Ids;

namespace Grid.Api.Carts;

/// <summary>
/// Serialises, within this process, a cart request's ownership check with the change it makes, so a cart switched to
/// another channel between the two is never changed (or moved back) by its former channel. Striped by cart id; nothing
/// else is held while a stripe is.
/// </summary>
internal sealed class CartGate
{
    private const int Stripes = 256;
    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public async ValueTask<Entered> EnterAsync(CartId cart, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(StringComparer.Ordinal.GetHashCode(cart.Value) & int.MaxValue) % Stripes];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Entered(stripe);
    }

    /// <summary>Leaves the gate when disposed.</summary>
    internal readonly struct Entered(SemaphoreSlim stripe) : IDisposable
    {
        public void Dispose() => stripe.Release();
    }
}
