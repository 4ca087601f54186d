using System.Diagnostics;

namespace Grid.Silo.Tests;

/// <summary>The silo started as a child process with `dotnet Grid.Silo.dll`, as a user would run it.</summary>
internal sealed class SiloProcess : IAsyncDisposable
{
    private const string BannerPrefix = "Grid silo listening on ";
    private const string AdminKeyPrefix = "Grid admin key: ";
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _adminKey = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private SiloProcess(Process process)
    {
        _process = process;
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<SiloProcess> StartAsync(string workingDirectory, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(SiloDll());
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var silo = new SiloProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        silo._process.OutputDataReceived += (_, e) => silo.OnLine(e.Data);
        silo._process.ErrorDataReceived += (_, e) => silo.OnLine(e.Data);
        silo._process.Exited += (_, _) =>
        {
            silo._listening.TrySetException(new InvalidOperationException("The silo exited before listening:\n" + silo.Output));
            silo._adminKey.TrySetException(new InvalidOperationException("The silo exited before printing its admin key:\n" + silo.Output));
        };
        silo._process.Start();
        silo._process.BeginOutputReadLine();
        silo._process.BeginErrorReadLine();
        return silo;
    }

    public Task<Uri> WhenListening() => _listening.Task.WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>The admin key the silo printed at start.</summary>
    public Task<string> AdminKey() => _adminKey.Task.WaitAsync(TimeSpan.FromSeconds(60));

    /// <summary>A client with the printed admin key that puts a fresh Idempotency-Key on every POST and PUT.</summary>
    public async Task<HttpClient> CreateOpsClientAsync() =>
        new(new OpsClientHandler(await AdminKey())) { BaseAddress = await WhenListening() };

    /// <summary>Kills the silo with SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static string SiloDll()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Grid.sln")))
        {
            directory = directory.Parent;
        }

        if (directory is null)
        {
            throw new InvalidOperationException("Grid.sln not found above " + AppContext.BaseDirectory);
        }

#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        return Path.Combine(directory.FullName, "src", "Silo", "bin", configuration, "net10.0", "Grid.Silo.dll");
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        var start = line.IndexOf(BannerPrefix, StringComparison.Ordinal);
        if (start >= 0)
        {
            var rest = line[(start + BannerPrefix.Length)..];
            var end = rest.IndexOf(' ', StringComparison.Ordinal);
            _listening.TrySetResult(new Uri(end < 0 ? rest : rest[..end]));
        }

        var key = line.IndexOf(AdminKeyPrefix, StringComparison.Ordinal);
        if (key >= 0)
        {
            var rest = line[(key + AdminKeyPrefix.Length)..];
            var end = rest.IndexOf(' ', StringComparison.Ordinal);
            _adminKey.TrySetResult(end < 0 ? rest : rest[..end]);
        }
    }
}
