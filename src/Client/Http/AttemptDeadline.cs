namespace Grid.Client.Http;

/// <summary>One attempt's deadline on the client's clock, joined with the caller's cancellation.</summary>
internal sealed class AttemptDeadline : IDisposable
{
    private readonly CancellationTokenSource? _deadline;
    private readonly CancellationTokenSource? _linked;

    public AttemptDeadline(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            Token = cancellationToken;
            return;
        }

        _deadline = new CancellationTokenSource(timeout, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _deadline.Token);
        Token = _linked.Token;
    }

    /// <summary>Cancelled when the caller cancels or the deadline passes.</summary>
    public CancellationToken Token { get; }

    /// <summary>True once the deadline passed.</summary>
    public bool Expired => _deadline?.IsCancellationRequested == true;

    public void Dispose()
    {
        _linked?.Dispose();
        _deadline?.Dispose();
    }
}
