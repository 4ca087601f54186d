using System.Diagnostics;
using System.Globalization;

namespace Grid.Runtime.Testing;

/// <content>Finding the PostgreSQL binaries and running them, as the <c>postgres</c> OS user when we are root.</content>
public sealed partial class PostgresServer
{
    private const string DebianInstallRoot = "/usr/lib/postgresql";
    private const int LogTailLength = 4000;

    private static readonly string[] SystemBinDirectories = ["/usr/sbin", "/sbin", "/usr/bin", "/bin"];

    private static bool IsRoot() => Environment.UserName == "root";

    private static string FindBinDirectory()
    {
        if (Directory.Exists(DebianInstallRoot))
        {
            var newest = Directory.EnumerateDirectories(DebianInstallRoot)
                .Select(directory => (Bin: Path.Combine(directory, "bin"), Version: ParseVersion(Path.GetFileName(directory))))
                .Where(candidate => candidate.Version is not null && File.Exists(Path.Combine(candidate.Bin, "initdb")))
                .MaxBy(candidate => candidate.Version);
            if (newest.Bin is not null)
            {
                return newest.Bin;
            }
        }

        return FindExecutable("initdb") is { } initdb
            ? Path.GetDirectoryName(initdb)!
            : throw new InvalidOperationException(
                $"PostgreSQL server binaries were not found: no {DebianInstallRoot}/*/bin/initdb and no initdb on PATH. " +
                "Install the Debian package 'postgresql' (apt-get install postgresql); scripts/test.sh does this.");
    }

    private static Version? ParseVersion(string name) =>
        Version.TryParse(name.Contains('.', StringComparison.Ordinal) ? name : name + ".0", out var version) ? version : null;

    private static string? FindExecutable(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(SystemBinDirectories)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private Task<CommandResult> RunToolAsync(string tool, IReadOnlyList<string> arguments, CancellationToken cancellationToken) =>
        RunAsync(Path.Combine(_binDirectory, tool), arguments, _asPostgresUser, cancellationToken);

    private async Task<CommandResult> RunAsync(string fileName, IReadOnlyList<string> arguments, bool asPostgresUser, CancellationToken cancellationToken)
    {
        var startInfo = CreateStartInfo(fileName, arguments, asPostgresUser);
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.UseShellExecute = false;
        // The postgres user may not be able to enter our working directory; messages are matched in English.
        startInfo.WorkingDirectory = _rootDirectory;
        startInfo.Environment["LC_ALL"] = "C";

        var command = Describe(startInfo);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start `{command}`.");
        var standardOutput = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        var output = await standardOutput.ConfigureAwait(false) + await standardError.ConfigureAwait(false);
        return new CommandResult(command, process.ExitCode, output);
    }

    private static ProcessStartInfo CreateStartInfo(string fileName, IReadOnlyList<string> arguments, bool asPostgresUser)
    {
        if (!asPostgresUser)
        {
            return WithArguments(new ProcessStartInfo(fileName), arguments);
        }

        if (FindExecutable("runuser") is { } runuser)
        {
            return WithArguments(new ProcessStartInfo(runuser), ["-u", SuperUser, "--", fileName, .. arguments]);
        }

        var script = string.Join(' ', new[] { fileName }.Concat(arguments).Select(QuoteForShell));
        return WithArguments(new ProcessStartInfo(FindExecutable("su") ?? "su"), [SuperUser, "-s", "/bin/sh", "-c", script]);
    }

    private static ProcessStartInfo WithArguments(ProcessStartInfo startInfo, IEnumerable<string> arguments)
    {
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        return startInfo;
    }

    private static string QuoteForShell(string value) => "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static string Describe(ProcessStartInfo startInfo) =>
        string.Join(' ', new[] { startInfo.FileName }.Concat(startInfo.ArgumentList)
            .Select(part => part.Contains(' ', StringComparison.Ordinal) ? QuoteForShell(part) : part));

    private long LogLength() => File.Exists(_logFile) ? new FileInfo(_logFile).Length : 0;

    private string ReadLogFrom(long offset)
    {
        if (!File.Exists(_logFile))
        {
            return string.Empty;
        }

        using var stream = new FileStream(_logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        stream.Seek(Math.Max(offset, stream.Length - LogTailLength), SeekOrigin.Begin);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private sealed record CommandResult(string Command, int ExitCode, string Output)
    {
        public void ThrowIfFailed(string? serverLog = null)
        {
            if (ExitCode == 0)
            {
                return;
            }

            var message = string.Create(CultureInfo.InvariantCulture, $"`{Command}` exited with code {ExitCode}.\n{Output.TrimEnd()}");
            if (!string.IsNullOrWhiteSpace(serverLog))
            {
                message += "\nServer log (tail):\n" + serverLog.TrimEnd();
            }

            throw new InvalidOperationException(message);
        }
    }
}
