namespace Grid.LoadGenerator.Streams;

/// <summary>Where one subscriber's connection is.</summary>
internal enum SubscriberStage
{
    Connecting,
    AwaitingHead,
    Streaming,
    Failed,
    Closed,
}
