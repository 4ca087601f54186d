namespace Grid.Api.Tests.Streams;

/// <summary>One server-sent event frame as a client parses it: an event (id, name, data) or a comment.</summary>
internal sealed record SseFrame(string? Id, string? Event, string? Data, string? Comment)
{
    public static SseFrame Parse(IReadOnlyList<string> lines)
    {
        string? id = null, name = null, data = null, comment = null;
        foreach (var line in lines)
        {
            if (line.StartsWith(':'))
            {
                comment = line[1..].Trim();
            }
            else if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = data is null ? line[6..] : $"{data}\n{line[6..]}";
            }
            else
            {
                throw new FormatException($"Unexpected SSE line '{line}'.");
            }
        }

        return new SseFrame(id, name, data, comment);
    }
}
