using Grid.Grains.Ids;
using Grid.Runtime;
using Grid.Runtime.Storage;

namespace Grid.Grains.Customers;

/// <summary>
/// One customer's single view. Its state is written whole (profile and bounded history); a change is acknowledged once
/// durable, and a rejected or unchanged call writes nothing.
/// </summary>
internal sealed class CustomerGrain([PersistentState(CustomerState.StateName)] IPersistentState<CustomerState> customer) : Grain, ICustomerGrain
{
    private CustomerId _id;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!CustomerId.TryParse(GetPrimaryKeyString(), out _id, out var error))
        {
            throw new ArgumentException($"'{GetPrimaryKeyString()}' is not a customer id: {error}");
        }

        return Task.CompletedTask;
    }

    public async ValueTask<CustomerResult> RegisterAsync(CustomerProfile profile)
    {
        var state = customer.State;
        if (!CustomerProfileRules.TryValidate(profile, _id, out var error))
        {
            return new CustomerResult(CustomerError.InvalidProfile, error, state.Profile);
        }

        // The grain owns what it keeps: the caller's list is copied, not aliased.
        var registered = profile with { Addresses = [.. profile.Addresses] };
        state.Profile = registered;
        await customer.WriteStateAsync();
        return new CustomerResult(CustomerError.None, null, registered);
    }

    public ValueTask RecordTouchpointAsync(Touchpoint touchpoint)
    {
        CustomerRecordRules.Validate(touchpoint);
        return PersistIf(CustomerHistory.AddTouchpoint(customer.State.Touchpoints, touchpoint));
    }

    public ValueTask RecordCartAsync(CartSummary cart)
    {
        CustomerRecordRules.Validate(cart);
        return PersistIf(CustomerHistory.UpsertCart(customer.State.Carts, cart));
    }

    public ValueTask RecordOrderAsync(OrderSummary order)
    {
        CustomerRecordRules.Validate(order);
        return PersistIf(CustomerHistory.UpsertOrder(customer.State.Orders, order));
    }

    public ValueTask RecordReturnAsync(ReturnSummary entry)
    {
        CustomerRecordRules.Validate(entry);
        return PersistIf(CustomerHistory.AddReturn(customer.State.Returns, entry));
    }

    public ValueTask<CustomerView> GetViewAsync()
    {
        var state = customer.State;
        return ValueTask.FromResult(new CustomerView(state.Profile, [.. state.Carts], [.. state.Orders], [.. state.Returns], [.. state.Touchpoints]));
    }

    private ValueTask PersistIf(bool changed) => changed ? new ValueTask(customer.WriteStateAsync()) : ValueTask.CompletedTask;
}
