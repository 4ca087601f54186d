namespace Grid.Client.Http;

/// <summary>Caller-given route segments, escaped, so an id can never change the route it is put in.</summary>
internal static class GridPath
{
    public static string Segment(string value, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(value, name);
        if (value is "." or "..")
        {
            throw new ArgumentException($"'{value}' is not a valid id.", name);
        }

        return Uri.EscapeDataString(value);
    }
}
