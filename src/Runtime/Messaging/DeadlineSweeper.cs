using Grid.Runtime.Activation;
using Grid.Runtime.Invocation;

namespace Grid.Runtime.Messaging;

/// <summary>Times out calls past their deadline: queued and running ones on local activations, and ones awaiting another silo.</summary>
internal sealed class DeadlineSweeper : IDisposable
{
    private readonly MessageCenter _messages;
    private readonly Catalog? _catalog;
    private readonly TimeProvider _timeProvider;
    private readonly ITimer _timer;
    private int _running;

    public DeadlineSweeper(MessageCenter messages, Catalog? catalog, TimeProvider timeProvider, TimeSpan interval)
    {
        _messages = messages;
        _catalog = catalog;
        _timeProvider = timeProvider;
        _timer = timeProvider.CreateTimer(static state => ((DeadlineSweeper)state!).Sweep(), this, interval, interval);
    }

    public int Sweep()
    {
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            return 0;
        }

        try
        {
            var now = _messages.Clock.Refresh();
            var overdue = new List<Request>();
            if (_catalog is not null)
            {
                foreach (var activation in _catalog.Activations)
                {
                    activation.CollectOverdue(now, overdue);
                }
            }

            _messages.CollectOverdue(now, overdue);
            var timedOut = 0;
            foreach (var request in overdue)
            {
                if (request.TryFail(_messages.TimeoutFor(request)))
                {
                    timedOut++;
                }
            }

            return timedOut;
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    public void Dispose() => _timer.Dispose();
}
