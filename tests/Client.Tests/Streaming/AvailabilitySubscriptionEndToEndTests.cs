using Grid.Client.Inventory;
using Grid.Client.Tests.Testing;
using Grid.Contracts.Inventory;

namespace Grid.Client.Tests.Streaming;

/// <summary>The client's availability subscription against the real stream endpoint, through a dropped connection.</summary>
public sealed class AvailabilitySubscriptionEndToEndTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Subscribe_ConnectionDroppedMidSale_ResumesByItselfAndEndsOnTheFinalAvailability()
    {
        await using var server = await ApiServer.StartAsync();
        await server.DefineStoreAsync("s1");
        var key = await server.DefineChannelAsync("web", ["s1"], safetyStock: 1);
        await server.SetStockAsync("sku1", "s1", 20);
        using var cutting = new CuttingHandler();
        var subscriber = server.GridClient(key, o => o.StreamReconnectDelay = TimeSpan.FromMilliseconds(10), handler: cutting);
        var buyer = server.GridClient(key);
        using var stop = new CancellationTokenSource(Patience);
        var seen = new List<AvailabilityUpdate>();
        var first = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var final = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var reading = Task.Run(async () =>
        {
            await foreach (var update in subscriber.Inventory.SubscribeAvailabilityAsync(["sku1"], cancellationToken: stop.Token))
            {
                seen.Add(update);
                first.TrySetResult();
                if (update.Available == 11)
                {
                    final.TrySetResult();
                    return;
                }
            }
        });

        await first.Task.WaitAsync(Patience);
        await buyer.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r1", 3, 600, "cart-1"));
        cutting.Cut();
        await buyer.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r2", 2, 600, "cart-2"));
        await buyer.Inventory.ReserveAsync("sku1", "s1", new ReserveRequest("r3", 3, 600, "cart-3"));
        await final.Task.WaitAsync(Patience);
        await reading.WaitAsync(Patience);

        Assert.Equal(19, seen[0].Available);
        Assert.Equal(AvailabilityUpdateKind.Snapshot, seen[0].Kind);
        Assert.Equal(11, seen[^1].Available);
        Assert.True(cutting.LastEventIds.Count >= 2, "the client did not reconnect");
        Assert.Null(cutting.LastEventIds[0]);
        Assert.NotNull(cutting.LastEventIds[1]);
        Assert.Equal(seen.Count, seen.Select(u => u.Id).Distinct().Count());

        // Resumed within the retention window: exactly the changes after the last id, no second snapshot.
        Assert.All(seen.Skip(1), u => Assert.Equal(AvailabilityUpdateKind.Change, u.Kind));
        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(pair.First.Available >= pair.Second.Available, "availability went back up during the sale"));
    }
}
