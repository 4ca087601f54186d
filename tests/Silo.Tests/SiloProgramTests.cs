using System.Net;

namespace Grid.Silo.Tests;

public sealed class SiloProgramTests
{
    [Fact]
    public async Task Run_WithNoConfiguration_PrintsUrlAndServesHealth()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("grid-silo-").FullName;
        await using var silo = await SiloProcess.StartAsync(workingDirectory, "--urls", "http://127.0.0.1:0");

        var url = await silo.WhenListening();
        using var http = new HttpClient { BaseAddress = url };
        using var response = await http.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"healthy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", url.Host);
    }

    [Fact]
    public async Task Run_WithNoConfiguration_PrintsAnAdminKeyThatWorksAndKeepsItAcrossRestarts()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("grid-silo-").FullName;
        var data = Path.Combine(workingDirectory, "data");
        string first;
        await using (var silo = await SiloProcess.StartAsync(workingDirectory, "--urls", "http://127.0.0.1:0", $"--Grid:Storage:DataDirectory={data}"))
        {
            first = await silo.AdminKey();
            using var anonymous = new HttpClient { BaseAddress = await silo.WhenListening() };
            using var refused = await anonymous.GetAsync(new Uri("/ops/locations", UriKind.Relative));
            using var admin = await silo.CreateOpsClientAsync();
            using var allowed = await admin.GetAsync(new Uri("/ops/locations", UriKind.Relative));

            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        await using var restarted = await SiloProcess.StartAsync(workingDirectory, "--urls", "http://127.0.0.1:0", $"--Grid:Storage:DataDirectory={data}");

        Assert.Equal(first, await restarted.AdminKey());
        Assert.Equal(first, File.ReadAllText(Path.Combine(data, "admin-key")).Trim());
        Assert.StartsWith("grid_", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_WithInvalidSiloOptions_ExitsNonZeroWithClearError()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("grid-silo-").FullName;
        await using var silo = await SiloProcess.StartAsync(workingDirectory, "--urls", "http://127.0.0.1:0", "--Grid:Silo:CallTimeout=-00:00:01");

        var exitCode = await silo.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("CallTimeout must be positive", silo.Output, StringComparison.Ordinal);
    }
}
