using System.Collections.Concurrent;
using Grid.Runtime.Identity;
using Grid.Runtime.Invocation;

namespace Grid.Runtime.Messaging;

/// <summary>Requests sent to other silos that await a response, by message id.</summary>
internal sealed class PendingCalls
{
    private readonly ConcurrentDictionary<long, (Request Request, SiloAddress Target)> _calls = new();
    private long _nextId;

    public int Count => _calls.Count;

    public long Register(Request request, SiloAddress target)
    {
        var id = Interlocked.Increment(ref _nextId);
        request.MessageId = id;
        _calls[id] = (request, target);
        return id;
    }

    public bool TryRemove(long id, out Request request)
    {
        if (_calls.TryRemove(id, out var entry))
        {
            request = entry.Request;
            return true;
        }

        request = null!;
        return false;
    }

    public void CollectOverdue(long now, List<Request> overdue)
    {
        foreach (var (id, entry) in _calls)
        {
            if (entry.Request.Deadline != 0 && entry.Request.Deadline <= now && _calls.TryRemove(id, out _))
            {
                overdue.Add(entry.Request);
            }
        }
    }

    public void CollectFor(SiloAddress target, List<Request> lost)
    {
        foreach (var (id, entry) in _calls)
        {
            if (entry.Target == target && _calls.TryRemove(id, out _))
            {
                lost.Add(entry.Request);
            }
        }
    }
}
