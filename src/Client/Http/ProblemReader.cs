using System.Text.Json;

namespace Grid.Client.Http;

/// <summary>Turns a non-success answer into a <see cref="GridApiException"/>, from its problem details when it has them.</summary>
internal static class ProblemReader
{
    private const int MaxBodyBytes = 64 * 1024;
    private static readonly HashSet<string> Rfc7807Members = new(StringComparer.Ordinal) { "type", "title", "status", "detail", "instance" };

    public static async Task<GridApiException> ReadAsync(HttpResponseMessage response, string? idempotencyKey, TimeProvider time, CancellationToken cancellationToken)
    {
        var status = response.StatusCode;
        var retryAfter = RetryAfterOf(response, time);
        var body = await ReadBodyAsync(response, cancellationToken).ConfigureAwait(false);
        string? code = null;
        string? title = null;
        string? detail = null;
        var extensions = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (TryParse(body, out var root))
        {
            foreach (var member in root.EnumerateObject())
            {
                switch (member.Name)
                {
                    case "title":
                        title = StringOf(member.Value);
                        break;
                    case "detail":
                        detail = StringOf(member.Value);
                        break;
                    case "code":
                        code = StringOf(member.Value);
                        extensions[member.Name] = member.Value;
                        break;
                    default:
                        if (!Rfc7807Members.Contains(member.Name))
                        {
                            extensions[member.Name] = member.Value;
                        }

                        break;
                }
            }
        }

        return new GridApiException(status, code ?? GridErrorCodes.OfStatus((int)status), title ?? response.ReasonPhrase, detail, extensions, retryAfter, idempotencyKey);
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    private static async Task<byte[]> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            // An error page can be anything a proxy makes; read enough for problem details and no more.
            var buffer = new byte[MaxBodyBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            return buffer[..length];
        }
    }

    private static bool TryParse(byte[] body, out JsonElement root)
    {
        root = default;
        try
        {
            using var document = JsonDocument.Parse(body);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            root = document.RootElement.Clone();
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static string? StringOf(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
