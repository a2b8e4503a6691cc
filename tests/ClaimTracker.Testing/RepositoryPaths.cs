using System.Reflection;

namespace ClaimTracker.Testing;

/// <summary>Where the repository, its build outputs and the shared samples are.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = typeof(RepositoryPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "RepositoryRoot").Value!;

    /// <summary>
    /// Third-party sample texts live beside the repository, never in it
    /// (<c>../shared/samples</c>); <c>CLAIMTRACKER_SHARED_SAMPLES</c> points elsewhere.
    /// </summary>
    public static string SharedSamples =>
        Environment.GetEnvironmentVariable("CLAIMTRACKER_SHARED_SAMPLES") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples"));

    /// <summary>
    /// A shared sample's path; throws with directions when it is missing. Tests that call it are
    /// <see cref="SharedSampleFactAttribute"/>s, so a clone without the folder skips them first.
    /// </summary>
    public static string SharedSample(string fileName)
    {
        var path = Path.Combine(SharedSamples, fileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The shared sample {fileName} is not at {path}. Tests read third-party samples from ../shared/samples beside the repository; set CLAIMTRACKER_SHARED_SAMPLES to their folder.", path);
        }
        return path;
    }

    /// <summary>Third-party documents with gold citations (<c>../shared/corpus</c>); <c>CLAIMTRACKER_SHARED_CORPUS</c> points elsewhere.</summary>
    public static string SharedCorpus =>
        Environment.GetEnvironmentVariable("CLAIMTRACKER_SHARED_CORPUS") is { Length: > 0 } overridden
            ? overridden
            : Path.GetFullPath(Path.Combine(Root, "..", "shared", "corpus"));

    /// <summary>The corpus documents that have a gold file, by path of their text.</summary>
    public static IReadOnlyList<string> CorpusDocuments() =>
        Directory.Exists(SharedCorpus)
            ? Directory.GetFiles(SharedCorpus, "*.txt").Where(t => File.Exists(Path.ChangeExtension(t, ".gold.json"))).Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>
    /// Why a test of third-party data cannot run: the folder is missing. Null where it exists, or
    /// where <c>CI</c> is set: CI has the data, and a test that cannot find it there must fail, not skip.
    /// </summary>
    public static string? MissingSharedData(string folder) =>
        Directory.Exists(folder) || Environment.GetEnvironmentVariable("CI") is { Length: > 0 }
            ? null
            : $"Third-party data is read from {folder}, beside the repository, which this clone does not have (set CI to make this a failure).";

    public static string ProjectSamples => Path.Combine(Root, "samples");

    /// <summary>A project's build output folder, in the configuration the tests were built with.</summary>
    public static string BuildOutput(string project)
    {
#if DEBUG
        const string configuration = "Debug";
#else
        const string configuration = "Release";
#endif
        return Path.Combine(Root, "functions", project, "bin", configuration, "net10.0");
    }
}
