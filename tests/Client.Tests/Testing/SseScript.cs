using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Grid.Client.Tests.Testing;

/// <summary>What one connection to the <see cref="SseServer"/> does, and frames in the stream's wire format.</summary>
internal static class SseScript
{
    /// <summary>
    /// One availability event as the stream writes it: <c>id: {id}\nevent: availability\ndata: {json}\n\n</c>, with
    /// <paramref name="newline"/> as the line break.
    /// </summary>
    public static string Frame(string id, string sku, long available, string kind = "change", string location = "s1", string newline = "\n") =>
        $"id: {id}{newline}event: availability{newline}data: {Json(id, sku, available, kind, location)}{newline}{newline}";

    /// <summary>The JSON of an availability event.</summary>
    public static string Json(string id, string sku, long available, string kind = "change", string location = "s1") =>
        $$"""{"id":"{{id}}","kind":"{{kind}}","sku":"{{sku}}","location":"{{location}}","available":{{available}},"at":"2026-03-01T09:00:00+00:00"}""";

    /// <summary>Writes the chunks (each flushed on its own), then ends the response normally.</summary>
    public static Func<HttpContext, Task> Send(params string[] chunks) => async context =>
    {
        await WriteAsync(context, chunks);
    };

    /// <summary>
    /// Writes the chunks, then breaks the connection without ending the response once <paramref name="drop"/>
    /// completes (an abort discards output not yet on the wire, so the test says when the client has read it).
    /// </summary>
    public static Func<HttpContext, Task> SendThenDrop(Task drop, params string[] chunks) => async context =>
    {
        await WriteAsync(context, chunks);
        await drop.WaitAsync(TimeSpan.FromSeconds(30));
        context.Abort();
    };

    /// <summary>Writes the chunks, then keeps the connection open, silent, until the client goes.</summary>
    public static Func<HttpContext, Task> SendThenHold(params string[] chunks) => async context =>
    {
        await WriteAsync(context, chunks);
        await HoldOpenAsync(context);
    };

    /// <summary>Answers with a status and a body instead of a stream.</summary>
    public static Func<HttpContext, Task> Answer(int status, string body, string contentType = "application/problem+json", int? retryAfterSeconds = null) => async context =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        if (retryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        await context.Response.WriteAsync(body, Encoding.UTF8);
    };

    /// <summary>A problem-details body with a code.</summary>
    public static string Problem(int status, string code) => $$"""{"title":"Stand-in","status":{{status}},"detail":"Stand-in {{code}}.","code":"{{code}}"}""";

    /// <summary>Keeps the response open until the client goes or the server stops.</summary>
    public static async Task HoldOpenAsync(HttpContext context)
    {
        var stopping = context.RequestServices.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        var gone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var aborted = context.RequestAborted.Register(() => gone.TrySetResult());
        await using var stopped = stopping.Register(() => gone.TrySetResult());
        await gone.Task;
    }

    private static async Task WriteAsync(HttpContext context, string[] chunks)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await context.Response.StartAsync();
        foreach (var chunk in chunks)
        {
            await context.Response.WriteAsync(chunk, Encoding.UTF8);
            await context.Response.Body.FlushAsync();
        }
    }
}
