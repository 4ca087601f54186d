namespace Grid.Runtime.Storage;

/// <summary>A stored state as read: its bytes (null once cleared) and its version, which every write compares and swaps.</summary>
public sealed record StoredState(byte[]? Data, long Version);
