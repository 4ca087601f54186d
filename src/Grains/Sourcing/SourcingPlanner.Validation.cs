using Grid.Grains.Channels;
using Grid.Grains.Locations;

namespace Grid.Grains.Sourcing;

public static partial class SourcingPlanner
{
    private static void Validate(SourcingRequest request, ChannelProfile channel, IReadOnlyList<LocationStatus> locations, IAvailabilityView availability, SourcingRuleSet rules)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(availability);
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Rules is null)
        {
            throw new ArgumentException($"Rule set version {rules.Version} has no rule list.", nameof(rules));
        }

        ValidateLines(request);
        switch (request.Method)
        {
            case DeliveryMethod.Ship when request.ShipTo is null:
                throw new ArgumentException($"Order {request.Order} ships to an address but has no ship-to position.", nameof(request));
            case DeliveryMethod.Pickup when request.PickupStore?.Value is null:
                throw new ArgumentException($"Order {request.Order} is picked up but names no pick-up store.", nameof(request));
            case DeliveryMethod.Ship or DeliveryMethod.Pickup:
                break;
            default:
                throw new ArgumentException($"Order {request.Order} has an unknown delivery method {(int)request.Method}.", nameof(request));
        }

        if (request.Excluded is null)
        {
            throw new ArgumentException($"Order {request.Order} has no excluded-location list (use an empty one).", nameof(request));
        }

        if (channel.Id != request.Channel)
        {
            throw new ArgumentException($"The channel profile is {channel.Id}, but order {request.Order} was placed on {request.Channel}.", nameof(channel));
        }

        if (channel.Locations is null || channel.MaxSplit is < 1 or > MaxSplitLimit || channel.SafetyStock < 0)
        {
            throw new ArgumentException($"Channel {channel.Id} needs a location list, a max split of 1 to {MaxSplitLimit} (has {channel.MaxSplit}) and a safety stock of at least 0 (has {channel.SafetyStock}).", nameof(channel));
        }
    }

    private static void ValidateLines(SourcingRequest request)
    {
        var lines = request.Lines;
        if (lines is null || lines.Count is 0 or > MaxLines)
        {
            throw new ArgumentException($"Order {request.Order} has {lines?.Count ?? 0} lines; a sourcing request has 1 to {MaxLines}.", nameof(request));
        }

        for (var j = 0; j < lines.Count; j++)
        {
            var line = lines[j] ?? throw new ArgumentException($"Line {j + 1} of order {request.Order} is missing.", nameof(request));
            if (line.Sku.Value is null)
            {
                throw new ArgumentException($"Line {j + 1} of order {request.Order} has no SKU.", nameof(request));
            }

            if (line.Quantity is < 1 or > MaxQuantity)
            {
                throw new ArgumentException($"Line {j + 1} of order {request.Order} ({line.Sku}) asks for {line.Quantity} units; a line asks for 1 to {MaxQuantity:N0}.", nameof(request));
            }

            for (var earlier = 0; earlier < j; earlier++)
            {
                if (lines[earlier].Sku == line.Sku)
                {
                    throw new ArgumentException($"SKU {line.Sku} is on lines {earlier + 1} and {j + 1} of order {request.Order}; a request has one line per SKU.", nameof(request));
                }
            }
        }
    }
}
