using System.Collections.Concurrent;
using Grid.Runtime.Invocation;

namespace Grid.Runtime.Messaging;

/// <summary>Requests sent to other silos that await a response, by message id.</summary>
internal sealed class PendingCalls
{
    private readonly ConcurrentDictionary<long, Request> _calls = new();
    private long _nextId;

    public int Count => _calls.Count;

    public long Register(Request request)
    {
        var id = Interlocked.Increment(ref _nextId);
        request.MessageId = id;
        _calls[id] = request;
        return id;
    }

    public bool TryRemove(long id, out Request request) => _calls.TryRemove(id, out request!);

    public void CollectOverdue(long now, List<Request> overdue)
    {
        foreach (var (id, request) in _calls)
        {
            if (request.Deadline != 0 && request.Deadline <= now && _calls.TryRemove(id, out _))
            {
                overdue.Add(request);
            }
        }
    }
}
