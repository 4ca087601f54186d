using System.Threading.Channels;

namespace Grid.Benchmarks.Runtime;

/// <summary>
/// The baseline: a hand-written actor, one single-reader channel and one loop per actor, doing the grain's work
/// (add, return the new value) and completing the caller's task from the loop, as the runtime does.
/// </summary>
internal sealed class ChannelActor
{
    private readonly Channel<(int Delta, TaskCompletionSource<int> Reply)> _mailbox =
        Channel.CreateUnbounded<(int, TaskCompletionSource<int>)>(new UnboundedChannelOptions { SingleReader = true });

    private int _value;

    public ChannelActor()
    {
        Loop = Task.Run(RunAsync);
    }

    public Task Loop { get; }

    public Task<int> IncrementAsync(int delta)
    {
        var reply = new TaskCompletionSource<int>();
        _mailbox.Writer.TryWrite((delta, reply));
        return reply.Task;
    }

    public void Complete() => _mailbox.Writer.TryComplete();

    private async Task RunAsync()
    {
        var reader = _mailbox.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                _value += message.Delta;
                message.Reply.SetResult(_value);
            }
        }
    }
}
