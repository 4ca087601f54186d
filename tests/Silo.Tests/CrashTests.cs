using System.Collections.Concurrent;
using System.Net.Http.Json;
using Grid.Runtime.Testing;

namespace Grid.Silo.Tests;

/// <summary>Acknowledged writes survive SIGKILL: the silo is killed mid-load and restarted over the same storage.</summary>
public sealed class CrashTests
{
    [Fact]
    public async Task KillDuringWrites_Sqlite_EveryAcknowledgedWriteSurvivesRestart()
    {
        var data = Directory.CreateTempSubdirectory("grid-crash-").FullName;
        try
        {
            await RunCrashScenarioAsync(["--Grid:Storage:Provider=Sqlite", $"--Grid:Storage:DataDirectory={data}"]);
            Assert.True(File.Exists(Path.Combine(data, "grid.db")));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task KillDuringWrites_PostgreSql_EveryAcknowledgedWriteSurvivesRestart()
    {
        await using var postgres = await PostgresServer.StartAsync();

        await RunCrashScenarioAsync(["--Grid:Storage:Provider=PostgreSql", $"--Grid:Storage:PostgreSqlConnectionString={postgres.ConnectionString}"]);
    }

    private static async Task RunCrashScenarioAsync(string[] storageArguments)
    {
        string[] arguments = ["--urls", "http://127.0.0.1:0", .. storageArguments];
        var acknowledged = new ConcurrentDictionary<string, long>();
        var workingDirectory = Directory.CreateTempSubdirectory("grid-silo-").FullName;

        await using (var silo = await SiloProcess.StartAsync(workingDirectory, arguments))
        {
            using var http = await silo.CreateOpsClientAsync();
            using var stop = new CancellationTokenSource();
            var enoughAcks = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var totalAcks = 0;
            var killing = 0;

            // Sixteen writers: eight on one hot key (group commit) and one each on eight quiet keys.
            var writers = Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            {
                var key = i < 8 ? "hot" : $"quiet-{i}";
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        using var response = await http.PostAsync(new Uri($"/ops/probes/{key}/increments", UriKind.Relative), null, stop.Token);
                        response.EnsureSuccessStatusCode();
                        var body = await response.Content.ReadFromJsonAsync<ProbeBody>(stop.Token);
                        acknowledged.AddOrUpdate(key, body!.Count, (_, seen) => Math.Max(seen, body.Count));
                        if (Interlocked.Increment(ref totalAcks) >= 400)
                        {
                            enoughAcks.TrySetResult();
                        }
                    }
                    catch (Exception) when (stop.IsCancellationRequested)
                    {
                        return;
                    }
                    catch (Exception) when (Volatile.Read(ref killing) == 1)
                    {
                        // The silo died under this request (a reset, a refused or half-open connection): it was never acknowledged.
                        return;
                    }
                }
            })).ToArray();

            await enoughAcks.Task.WaitAsync(TimeSpan.FromSeconds(120));
            Volatile.Write(ref killing, 1);
            await silo.KillAsync();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        await using var restarted = await SiloProcess.StartAsync(workingDirectory, arguments);
        using var check = await restarted.CreateOpsClientAsync();
        Assert.True(acknowledged.Count >= 2, "writes were acknowledged on several keys before the kill");
        foreach (var (key, count) in acknowledged)
        {
            var stored = await check.GetFromJsonAsync<ProbeBody>(new Uri($"/ops/probes/{key}", UriKind.Relative));
            Assert.True(stored!.Count >= count, $"{key}: acknowledged {count}, found {stored.Count} after the crash");
        }
    }

    private sealed record ProbeBody(string Key, long Count);
}
