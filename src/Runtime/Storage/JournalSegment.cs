namespace Grid.Runtime.Storage;

/// <summary>One stored batch of journal entries and its position.</summary>
public sealed record JournalSegment(long Position, byte[] Data);
