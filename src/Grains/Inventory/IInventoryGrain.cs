using Grid.Grains.Inventory.Commands;
using Grid.Runtime;

namespace Grid.Grains.Inventory;

/// <summary>
/// One SKU at one location, keyed <c>sku@location</c>. Every mutation carries an idempotency key; accepted ones are
/// acknowledged only once durable (group-committed), rejections are decided in memory and change nothing.
/// </summary>
public interface IInventoryGrain : IGrainWithStringKey
{
    /// <summary>Holds units until the hold runs out.</summary>
    ValueTask<InventoryResult> ReserveAsync(ReserveStock command);

    /// <summary>Moves a hold's expiry.</summary>
    ValueTask<InventoryResult> ExtendAsync(ExtendReservation command);

    /// <summary>Gives held units back.</summary>
    ValueTask<InventoryResult> ReleaseAsync(ReleaseReservation command);

    /// <summary>Turns a hold into an allocation to an order.</summary>
    ValueTask<InventoryResult> CommitAsync(CommitReservation command);

    /// <summary>Ships allocated units.</summary>
    ValueTask<InventoryResult> FulfilAsync(FulfilAllocation command);

    /// <summary>Cancels allocated units back to available-to-sell.</summary>
    ValueTask<InventoryResult> ReleaseAllocationAsync(ReleaseAllocation command);

    /// <summary>Takes back returned units.</summary>
    ValueTask<InventoryResult> ReturnAsync(ReturnStock command);

    /// <summary>Records a physical change: a till sale, shrink or find.</summary>
    ValueTask<InventoryResult> AdjustAsync(AdjustStock command);

    /// <summary>Sets on hand to a counted level.</summary>
    ValueTask<InventoryResult> SetOnHandAsync(SetOnHand command);

    /// <summary>Records expected inbound supply.</summary>
    ValueTask<InventoryResult> ExpectInboundAsync(ExpectInbound command);

    /// <summary>Receives inbound supply.</summary>
    ValueTask<InventoryResult> ReceiveInboundAsync(ReceiveInbound command);

    /// <summary>Sends units to another location.</summary>
    ValueTask<InventoryResult> TransferOutAsync(TransferOut command);

    /// <summary>Receives units from another location.</summary>
    ValueTask<InventoryResult> TransferInAsync(TransferIn command);

    /// <summary>Sets the safety stock.</summary>
    ValueTask<InventoryResult> SetSafetyStockAsync(SetSafetyStock command);

    /// <summary>Ring-fences units for one channel (0 removes the pool).</summary>
    ValueTask<InventoryResult> SetPoolAsync(SetPool command);

    /// <summary>Current availability.</summary>
    ValueTask<AvailabilitySnapshot> GetAvailabilityAsync();

    /// <summary>Available to promise by a date: available to sell plus inbound expected on or before it.</summary>
    ValueTask<long> GetAvailableToPromiseAsync(DateOnly promisedBy);

    /// <summary>Expected inbound supply, earliest first.</summary>
    ValueTask<IReadOnlyList<InboundSupply>> GetInboundAsync();

    /// <summary>Open reservations.</summary>
    ValueTask<IReadOnlyList<Reservation>> GetReservationsAsync();
}
