using Grid.Grains.Ids;
using Grid.Grains.Orders.Commands;
using Grid.Runtime;

namespace Grid.Grains.Orders;

/// <summary>
/// One order, keyed by its <see cref="OrderId"/>: placed → sourced → released → picked → shipped | ready for pick-up →
/// delivered | picked up; cancelled; returned. Every mutation carries an idempotency key; a replay returns the order as it
/// is, the same key with another request is rejected.
/// </summary>
public interface IOrderGrain : IGrainWithStringKey
{
    /// <summary>Places and sources the order: allocations at the chosen locations, or a rejection that says why.</summary>
    ValueTask<OrderResult> PlaceAsync(PlaceOrder command);

    /// <summary>Hands a sourced order to its locations to pick.</summary>
    ValueTask<OrderResult> ReleaseAsync(OrderStep command);

    /// <summary>A location picked its part.</summary>
    ValueTask<OrderResult> PickAsync(LocationStep command);

    /// <summary>A location shipped its part (ship orders): on hand and the allocation go down there.</summary>
    ValueTask<OrderResult> ShipAsync(LocationStep command);

    /// <summary>A picked pick-up order waits at the store.</summary>
    ValueTask<OrderResult> ReadyForPickupAsync(OrderStep command);

    /// <summary>The customer collected a pick-up order: on hand and the allocation go down at the store.</summary>
    ValueTask<OrderResult> ConfirmPickupAsync(OrderStep command);

    /// <summary>A shipped order arrived.</summary>
    ValueTask<OrderResult> ConfirmDeliveryAsync(OrderStep command);

    /// <summary>Cancels an order not yet fulfilled: its allocations and capacity claims are released.</summary>
    ValueTask<OrderResult> CancelAsync(CancelOrder command);

    /// <summary>Takes back units of a fulfilled line at a location that accepts returns.</summary>
    ValueTask<OrderResult> ReturnAsync(ReturnItems command);

    /// <summary>
    /// A shortage at the location took units this order was allocated: its unfulfilled part there is released and sourced
    /// elsewhere. Called by the silo when an inventory grain reports the shortage; safe to repeat.
    /// </summary>
    ValueTask<OrderResult> ResourceAsync(LocationId location);

    /// <summary>The order; null when it was never placed.</summary>
    ValueTask<OrderView?> GetAsync();
}
