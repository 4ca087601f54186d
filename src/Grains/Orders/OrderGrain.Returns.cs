using Grid.Grains.Customers;
using Grid.Grains.Inventory.Commands;
using Grid.Grains.Locations;
using Grid.Grains.Orders.Commands;

namespace Grid.Grains.Orders;

internal sealed partial class OrderGrain
{
    public async ValueTask<OrderResult> ReturnAsync(ReturnItems command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (CheckKey(command.Key, command) is { } early)
        {
            return early;
        }

        if (State.Status is not (OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.PickedUp or OrderStatus.PartiallyReturned))
        {
            return Reject(OrderError.InvalidTransition, $"Only a fulfilled order takes returns; this one is {State.Status}.");
        }

        var fulfilled = State.Legs.Where(leg => leg.Status == LegStatus.Fulfilled).SelectMany(leg => leg.Lines).Where(line => line.Sku == command.Sku).Sum(line => line.Quantity);
        var returned = State.Returned.GetValueOrDefault(command.Sku.Value ?? string.Empty);
        if (command.Quantity < 1 || command.Quantity > fulfilled - returned)
        {
            return Reject(OrderError.ReturnExceedsOrder, $"{fulfilled - returned} unit(s) of {command.Sku} can still be returned on order {_id}.");
        }

        var location = await GrainFactory.GetGrain<ILocationGrain>(command.Location.Value).GetStatusAsync();
        if (location is null || !location.Profile.Capabilities.HasFlag(LocationCapabilities.AcceptsReturns))
        {
            return Reject(OrderError.WrongLocation, $"{command.Location} {(location is null ? "is not a location" : "does not accept returns")}.");
        }

        var sequence = State.Returned.Values.Sum() + State.AppliedKeys.Count;
        var restock = await Inventory(command.Sku, command.Location).ReturnAsync(
            new ReturnStock(Ids.IdempotencyKey.Parse($"{Token}:ret{sequence}"), command.Quantity, command.Resellable, $"order {_id}"));
        if (!restock.Accepted)
        {
            throw new InvalidOperationException($"Order {_id}: the return of {command.Quantity} x {command.Sku} at {command.Location} was rejected ({restock.Error}).");
        }

        State.Returned[command.Sku.Value!] = returned + command.Quantity;
        var everything = State.Lines.All(line => State.Returned.GetValueOrDefault(line.Sku.Value!) >= line.Quantity);
        State.Status = everything ? OrderStatus.Returned : OrderStatus.PartiallyReturned;
        Record(command.Key, command, "returned", $"{command.Quantity} x {command.Sku} at {command.Location}, {(command.Resellable ? "restocked" : "written off")}.");
        await SaveAsync();
        if (State.Customer is { } customer)
        {
            await GrainFactory.GetGrain<ICustomerGrain>(customer.Value).RecordReturnAsync(
                new ReturnSummary(_id, command.Sku, command.Quantity, command.Location, command.Resellable, TimeProvider.GetUtcNow()));
        }

        return Ok();
    }
}
