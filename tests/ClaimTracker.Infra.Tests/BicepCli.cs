using System.Diagnostics;
using System.Reflection;
using System.Runtime.Versioning;

// The Bicep CLI this project downloads is the linux-x64 build, the machines' kind.
[assembly: SupportedOSPlatform("linux")]

namespace ClaimTracker.Infra.Tests;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 package that restore downloaded
/// (a PackageDownload in this project): the same binary on every developer machine and in CI,
/// with no network access at test time.
/// </summary>
public static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    public static string Path => Executable.Value;

    /// <summary>Runs the CLI to completion; the exit code and both streams, in full.</summary>
    public static BicepRun Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(Path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {Path}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish in 3 minutes.");
        }
        return new BicepRun(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        string Metadata(string key) => typeof(BicepCli).Assembly
            .GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == key).Value!;

        var path = System.IO.Path.Combine(
            Metadata("NuGetPackageRoot"), "azure.bicep.commandline.linux-x64", Metadata("BicepVersion"), "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The Bicep CLI is not at {path}. It comes from the Azure.Bicep.CommandLine.linux-x64 PackageDownload of this project: run 'dotnet restore'.", path);
        }

        // A package's files keep the modes of whoever extracted it; the CLI must be executable.
        const UnixFileMode execute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserExecute) == 0)
        {
            File.SetUnixFileMode(path, mode | execute);
        }
        return path;
    }
}

public sealed record BicepRun(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>Diagnostic lines (<c>file(line,col) : Level code: message</c>) of any level.</summary>
    public IReadOnlyList<string> Diagnostics =>
        (Stdout + "\n" + Stderr)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains(" : Error ", StringComparison.Ordinal)
                || line.Contains(" : Warning ", StringComparison.Ordinal)
                || line.Contains(" : Info ", StringComparison.Ordinal))
            .ToList();
}
