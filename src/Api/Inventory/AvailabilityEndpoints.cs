using Grid.Api.Access;
using Grid.Api.Channels;
using Grid.Api.Problems;
using Grid.Contracts.Inventory;
using Grid.Grains.ApiKeys;
using Grid.Grains.Ids;
using Grid.Grains.Inventory;
using Grid.Runtime;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Grid.Api.Inventory;

/// <summary>What a channel may sell: <c>/v1/availability/{sku}</c> over the channel's locations, after its safety stock.</summary>
internal static class AvailabilityEndpoints
{
    public static IEndpointRouteBuilder MapAvailability(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v1/availability").RequireScope(ApiScopes.Channel).WithTags("Availability");
        group.MapGet("/{sku}", GetSkuAsync).WithName("GetSkuAvailability");
        group.MapGet("/{sku}/{location}", GetAtLocationAsync).WithName("GetAvailabilityAtLocation");
        return endpoints;
    }

    internal static async Task<Results<Ok<SkuAvailability>, ProblemHttpResult>> GetSkuAsync(string sku, HttpContext context, IGrainFactory grains)
    {
        if (!SkuId.TryParse(sku, out var skuId, out var error))
        {
            return ApiProblem.BadRequest("invalid_sku", error);
        }

        var (channel, problem) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var locations = channel!.Profile.Locations.OrderBy(l => l.Value, StringComparer.Ordinal).ToList();
        var reads = locations.Select(location => grains.GetGrain<IInventoryGrain>(new InventoryKey(skuId, location).ToString()).GetAvailabilityAsync().AsTask());
        var snapshots = await Task.WhenAll(reads).ConfigureAwait(false);
        var perLocation = new List<ChannelAvailability>(locations.Count);
        long total = 0;
        for (var i = 0; i < locations.Count; i++)
        {
            var available = channel.Shape(snapshots[i]);
            total += available;
            perLocation.Add(new ChannelAvailability(skuId.Value, locations[i].Value, available));
        }

        return TypedResults.Ok(new SkuAvailability(skuId.Value, total, perLocation));
    }

    internal static async Task<Results<Ok<ChannelAvailability>, ProblemHttpResult>> GetAtLocationAsync(string sku, string location, HttpContext context, IGrainFactory grains)
    {
        if (!StockRoute.TryParse(sku, location, out var key, out var problem))
        {
            return problem;
        }

        var (channel, unknown) = await CallerChannel.ResolveAsync(context).ConfigureAwait(false);
        if (unknown is not null)
        {
            return unknown;
        }

        if (!channel!.Reaches(key.Location))
        {
            return channel.NotReached(key.Location);
        }

        var snapshot = await grains.GetGrain<IInventoryGrain>(key.ToString()).GetAvailabilityAsync().ConfigureAwait(false);
        return TypedResults.Ok(new ChannelAvailability(key.Sku.Value, key.Location.Value, channel.Shape(snapshot)));
    }
}
