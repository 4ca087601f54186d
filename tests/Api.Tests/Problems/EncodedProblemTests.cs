using System.Diagnostics;
using System.Text;
using Grid.Api.Inventory;
using Grid.Api.Tests.Testing;
using Grid.Grains.Inventory;
using Microsoft.AspNetCore.Http;

namespace Grid.Api.Tests.Problems;

/// <summary>The encoded inventory rejections write exactly what the problem details service writes for the same problem.</summary>
public sealed class EncodedProblemTests
{
    [Fact]
    public async Task EveryInventoryRejection_EncodedOnce_IsByteForByteTheServiceWrittenProblem()
    {
        await using var server = await ApiServer.StartAsync();
        foreach (var error in Enum.GetValues<InventoryError>().Where(e => e != InventoryError.None))
        {
            var written = await RenderAsync(server.Services, InventoryProblems.Written(error), "0HN:0000002A");
            var encoded = await RenderAsync(server.Services, InventoryProblems.From(error), "0HN:0000002A");

            Assert.Equal(written.Body, encoded.Body);
            Assert.Equal(written, encoded);
            Assert.Contains($"\"code\":\"{error.ToCode()}\"", encoded.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TraceId_NeedingEscapes_IsWrittenAsAJsonString()
    {
        await using var server = await ApiServer.StartAsync();
        const string trace = "a\"b\\c<d>\u00e9";

        var written = await RenderAsync(server.Services, InventoryProblems.Written(InventoryError.InsufficientStock), trace);
        var encoded = await RenderAsync(server.Services, InventoryProblems.From(InventoryError.InsufficientStock), trace);

        Assert.Equal(written.Body, encoded.Body);
        Assert.Equal(written, encoded);
    }

    [Fact]
    public async Task TraceId_WithACurrentActivity_IsStillTheRequestsAsTheServiceWritesIt()
    {
        await using var server = await ApiServer.StartAsync();
        using var activity = new Activity("request").SetIdFormat(ActivityIdFormat.W3C).Start();

        var written = await RenderAsync(server.Services, InventoryProblems.Written(InventoryError.InsufficientStock), "0HN:0000002A");
        var encoded = await RenderAsync(server.Services, InventoryProblems.From(InventoryError.InsufficientStock), "0HN:0000002A");

        Assert.Contains("\"traceId\":\"0HN:0000002A\"", written.Body, StringComparison.Ordinal);
        Assert.Equal(written, encoded);
    }

    private static async Task<(int Status, string? ContentType, long? Length, string Body)> RenderAsync(IServiceProvider services, IResult result, string trace)
    {
        var context = new DefaultHttpContext { RequestServices = services, TraceIdentifier = trace };
        using var body = new MemoryStream();
        context.Response.Body = body;
        await result.ExecuteAsync(context);
        var text = Encoding.UTF8.GetString(body.ToArray());
        return (context.Response.StatusCode, context.Response.ContentType, context.Response.ContentLength ?? body.Length, text);
    }
}
