using System.Collections.Concurrent;
using System.Globalization;

namespace Grid.LoadGenerator.Http;

/// <summary>Responses that were neither an acceptance nor a sold-out answer, by status or failure, to show what went wrong.</summary>
internal sealed class ResponseTally
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public bool IsEmpty => _counts.IsEmpty;

    public void Record(string what) => _counts.AddOrUpdate(what, 1, static (_, count) => count + 1);

    public override string ToString() =>
        string.Join(", ", _counts.OrderByDescending(c => c.Value).Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} x {c.Value:N0}")));
}
