using System.Text.Json.Nodes;
using ClaimTracker.Testing;

namespace ClaimTracker.Infra.Tests;

/// <summary>
/// Every <c>.bicep</c> file under <c>infra/</c>, linted and built once per test run (two CLI
/// calls over a glob: each call starts a 120 MB native binary) into a temporary folder.
/// </summary>
public sealed class CompiledInfra : IDisposable
{
    public static string InfraFolder { get; } = Path.Combine(RepositoryPaths.Root, "infra");

    /// <summary>The Bicep files, relative to <c>infra/</c> with '/' separators, in a stable order.</summary>
    public static IReadOnlyList<string> BicepFiles { get; } = Directory
        .EnumerateFiles(InfraFolder, "*.bicep", SearchOption.AllDirectories)
        .Select(path => Path.GetRelativePath(InfraFolder, path).Replace('\\', '/'))
        .Order(StringComparer.Ordinal)
        .ToList();

    private readonly string output = Path.Combine(Path.GetTempPath(), "claimtracker-infra-" + Guid.NewGuid().ToString("N"));

    public CompiledInfra()
    {
        // --no-restore: a module from a registry could not be fetched here, so none may be used.
        Lint = BicepCli.Run(InfraFolder, "lint", "--pattern", "**/*.bicep", "--no-restore");
        Build = BicepCli.Run(InfraFolder, "build", "--pattern", "**/*.bicep", "--no-restore", "--outdir", output);
    }

    public BicepRun Lint { get; }

    public BicepRun Build { get; }

    /// <summary>The ARM JSON built from <paramref name="bicepFile"/> (relative to <c>infra/</c>).</summary>
    public JsonObject Template(string bicepFile)
    {
        var path = Path.Combine(output, Path.ChangeExtension(bicepFile, ".json"));
        Assert.True(File.Exists(path), $"bicep build wrote no {path}.\n{Build.Stdout}\n{Build.Stderr}");
        return JsonNode.Parse(File.ReadAllText(path))!.AsObject();
    }

    /// <summary>The diagnostics of one run that name <paramref name="bicepFile"/>.</summary>
    public static IReadOnlyList<string> DiagnosticsOf(BicepRun run, string bicepFile)
    {
        var path = Path.Combine(InfraFolder, bicepFile);
        return run.Diagnostics.Where(line => line.StartsWith(path + "(", StringComparison.Ordinal)).ToList();
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class CompiledInfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "compiled infra";
}
