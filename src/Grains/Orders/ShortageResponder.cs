using Grid.Grains.Ids;
using Grid.Grains.Inventory.Events;
using Grid.Runtime;
using Microsoft.Extensions.Logging;

namespace Grid.Grains.Orders;

/// <summary>
/// Re-sources the orders a shortage hit: when an inventory grain reports that on hand no longer covers allocations, each
/// named order is asked to move its part at that location elsewhere. Runs beside the grains, never inside their turns.
/// </summary>
public sealed partial class ShortageResponder(IGrainFactory grains, ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<ShortageResponder>();
    private readonly Lock _lock = new();
    private int _running;
    private TaskCompletionSource? _idle;

    /// <summary>Starts re-sourcing for every shortage among the events.</summary>
    public void Observe(IReadOnlyList<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var @event in events)
        {
            if (@event is not ShortageDetected shortage)
            {
                continue;
            }

            foreach (var allocation in shortage.AffectedAllocations)
            {
                if (OrderId.TryParse(allocation, out var order, out _))
                {
                    lock (_lock)
                    {
                        _running++;
                    }

                    _ = Task.Run(() => ResourceAsync(order, shortage.Key.Location));
                }
            }
        }
    }

    /// <summary>Completes when no re-sourcing is under way.</summary>
    public Task WhenIdleAsync()
    {
        lock (_lock)
        {
            return _running == 0 ? Task.CompletedTask : (_idle ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    private async Task ResourceAsync(OrderId order, LocationId location)
    {
        try
        {
            await grains.GetGrain<Orders.IOrderGrain>(order.Value).ResourceAsync(location);
        }
        catch (Exception ex)
        {
            LogFailed(_logger, ex, order.Value, location.Value);
        }
        finally
        {
            lock (_lock)
            {
                if (--_running == 0 && _idle is { } idle)
                {
                    _idle = null;
                    idle.TrySetResult();
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {Order} could not be re-sourced after a shortage at {Location}.")]
    private static partial void LogFailed(ILogger logger, Exception exception, string order, string location);
}
