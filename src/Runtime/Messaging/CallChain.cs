using Grid.Runtime.Identity;

namespace Grid.Runtime.Messaging;

/// <summary>The grains a request passed through, innermost first, and the id of the request tree it belongs to.</summary>
internal sealed class CallChain
{
    public CallChain(GrainId grain, CallChain? parent, long rootId)
    {
        Grain = grain;
        Parent = parent;
        RootId = rootId;
        Depth = (parent?.Depth ?? 0) + 1;
    }

    public GrainId Grain { get; }

    public CallChain? Parent { get; }

    public long RootId { get; }

    public int Depth { get; }

    public bool Contains(GrainId grain)
    {
        for (var link = this; link is not null; link = link.Parent)
        {
            if (link.Grain == grain)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        var names = new List<string>();
        for (var link = this; link is not null; link = link.Parent)
        {
            names.Add(link.Grain.ToString());
        }

        names.Reverse();
        return string.Join(" -> ", names);
    }
}
