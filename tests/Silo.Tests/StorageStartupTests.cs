using System.Net;
using System.Net.Sockets;

namespace Grid.Silo.Tests;

public sealed class StorageStartupTests
{
    [Fact]
    public async Task Run_PostgreSqlUnreachable_ExitsNonZeroNamingTheStorage()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("grid-silo-").FullName;
        var closedPort = ClosedPort();
        await using var silo = await SiloProcess.StartAsync(
            workingDirectory,
            "--urls", "http://127.0.0.1:0",
            "--Grid:Storage:Provider=PostgreSql",
            $"--Grid:Storage:PostgreSqlConnectionString=Host=127.0.0.1;Port={closedPort};Username=postgres;Database=grid;Timeout=3");

        var exitCode = await silo.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Grain storage 'Default' (postgresql) is unavailable", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_PostgreSqlWithoutConnectionString_ExitsNonZeroWithClearError()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("grid-silo-").FullName;
        await using var silo = await SiloProcess.StartAsync(workingDirectory, "--urls", "http://127.0.0.1:0", "--Grid:Storage:Provider=PostgreSql");

        var exitCode = await silo.WaitForExitAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains("PostgreSqlConnectionString is required", silo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_DefaultStorage_WritesSqliteUnderTheDataFolder()
    {
        var workingDirectory = Directory.CreateTempSubdirectory("grid-silo-").FullName;
        var data = Path.Combine(workingDirectory, "state");
        await using var silo = await SiloProcess.StartAsync(workingDirectory, "--urls", "http://127.0.0.1:0", $"--Grid:Storage:DataDirectory={data}");
        using var http = await silo.CreateOpsClientAsync();

        using var response = await http.PostAsync(new Uri("/ops/probes/first/increments", UriKind.Relative), null);
        using var invalid = await http.PostAsync(new Uri("/ops/probes/no%20spaces/increments", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("invalid_probe_key", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(data, "grid.db")));
        Assert.Contains($"Grid storage: SQLite at {Path.Combine(data, "grid.db")}", silo.Output, StringComparison.Ordinal);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
