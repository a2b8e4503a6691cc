using System.Text.RegularExpressions;
using ClaimTracker.Testing;

namespace ClaimTracker.Infra.Tests;

/// <summary>What azure.yaml and the postdeploy hook say, read from the files themselves.</summary>
public static partial class AzdProject
{
    public static string AzureYaml => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "azure.yaml"));

    public static string PostdeployPath => Path.Combine(RepositoryPaths.Root, "infra", "hooks", "postdeploy.sh");

    public static string Postdeploy => File.ReadAllText(PostdeployPath);

    /// <summary>The one service under <c>services:</c>: azd deploys to the resource tagged with it.</summary>
    public static string ServiceName => Assert.Single(ServiceEntry().Matches(AzureYaml)).Groups["name"].Value;

    /// <summary>The environment variables the hook refuses to run without (its <c>for name in …</c> check).</summary>
    public static IReadOnlyList<string> HookVariables =>
        HookCheck().Match(Postdeploy) is { Success: true } check
            ? check.Groups["names"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            : throw new InvalidOperationException("infra/hooks/postdeploy.sh no longer checks its variables with 'for name in ...; do'.");

    [GeneratedRegex(@"^services:\s*\n\s+(?<name>[\w-]+):\s*$", RegexOptions.Multiline)]
    private static partial Regex ServiceEntry();

    [GeneratedRegex(@"^for name in (?<names>[A-Z_ ]+); do", RegexOptions.Multiline)]
    private static partial Regex HookCheck();
}
