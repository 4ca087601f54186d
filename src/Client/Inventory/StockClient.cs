using Grid.Client.Http;
using Grid.Contracts.Inventory;

namespace Grid.Client.Inventory;

/// <summary>
/// What an ops key does with the stock of one SKU at one location (<c>/ops/inventory/{sku}/{location}</c>): the full
/// picture, physical changes, inbound supply, transfers, safety stock, fulfilment and returns. Every change takes an
/// optional idempotency key; without one the client makes one and repeats it on retries.
/// </summary>
public sealed class StockClient
{
    private readonly GridTransport _transport;

    internal StockClient(GridTransport transport) => _transport = transport;

    /// <summary>Levels, open holds and expected supply.</summary>
    public Task<StockDetail> GetAsync(string sku, string location, CancellationToken cancellationToken = default) =>
        _transport.GetAsync<StockDetail>(Stock(sku, location), cancellationToken);

    /// <summary>A physical change of on hand: a till sale or shrink (negative), a find (positive).</summary>
    public Task<InventoryOutcome> AdjustAsync(string sku, string location, AdjustRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "adjustments", request, idempotencyKey, cancellationToken);

    /// <summary>Sets on hand to a counted level (a cycle count, an ERP or WMS sync).</summary>
    public Task<InventoryOutcome> SetOnHandAsync(string sku, string location, SetOnHandRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Put, sku, location, "on-hand", request, idempotencyKey, cancellationToken);

    /// <summary>Sets the units the location holds back from sale.</summary>
    public Task<InventoryOutcome> SetSafetyStockAsync(string sku, string location, SafetyStockRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Put, sku, location, "safety-stock", request, idempotencyKey, cancellationToken);

    /// <summary>Records supply on its way; it counts toward available-to-promise from its date.</summary>
    public Task<InventoryOutcome> ExpectInboundAsync(string sku, string location, ExpectInboundRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "inbound", request, idempotencyKey, cancellationToken);

    /// <summary>Receives (part of) an expected supply onto on hand.</summary>
    public Task<InventoryOutcome> ReceiveAsync(string sku, string location, ReceiveInboundRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "receipts", request, idempotencyKey, cancellationToken);

    /// <summary>Sends units to another location.</summary>
    public Task<InventoryOutcome> TransferOutAsync(string sku, string location, TransferRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "transfers-out", request, idempotencyKey, cancellationToken);

    /// <summary>Receives units from another location.</summary>
    public Task<InventoryOutcome> TransferInAsync(string sku, string location, TransferRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "transfers-in", request, idempotencyKey, cancellationToken);

    /// <summary>Ships units of an order's allocation.</summary>
    public Task<InventoryOutcome> FulfilAsync(string sku, string location, AllocationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "fulfilments", request, idempotencyKey, cancellationToken);

    /// <summary>Gives units of an order's allocation back to sale.</summary>
    public Task<InventoryOutcome> ReleaseAllocationAsync(string sku, string location, AllocationRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "allocation-releases", request, idempotencyKey, cancellationToken);

    /// <summary>Takes back returned units: resellable ones go back on hand, others are written off.</summary>
    public Task<InventoryOutcome> ReturnAsync(string sku, string location, ReturnStockRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        Change(HttpMethod.Post, sku, location, "returns", request, idempotencyKey, cancellationToken);

    private Task<InventoryOutcome> Change(HttpMethod method, string sku, string location, string action, object request, string? idempotencyKey, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return InventoryOutcomes.Of(_transport.ChangeAsync<InventoryOutcome>(method, $"{Stock(sku, location)}/{action}", request, idempotencyKey, cancellationToken));
    }

    private static string Stock(string sku, string location) =>
        $"ops/inventory/{GridPath.Segment(sku, nameof(sku))}/{GridPath.Segment(location, nameof(location))}";
}
