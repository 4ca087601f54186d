using Grid.LoadGenerator.Streams;

namespace Grid.LoadGenerator.Scenarios;

/// <summary>The sale through the HTTP API: Grid's result, and the subscribers' (or why there were none).</summary>
internal sealed record HttpSaleResult(SystemResult Grid, SubscriberResult? Subscribers, string? SubscribersNote, string? UnexpectedAnswers);
