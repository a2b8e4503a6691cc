using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ClaimTracker.Infra.Tests;

/// <summary>
/// Every Bicep file compiles and lints without a single diagnostic. The CLI exits 0 on warnings,
/// so the output is read, not just the exit code; infra/bicepconfig.json decides which rules
/// speak (the secret-handling ones as errors, API versions and unused symbols as warnings).
/// </summary>
[Collection(CompiledInfraCollection.Name)]
public sealed partial class BicepLintTests(CompiledInfra infra)
{
    public static TheoryData<string> BicepFiles => new(CompiledInfra.BicepFiles);

    [Fact]
    public void There_are_bicep_files_to_check() =>
        Assert.Contains("main.bicep", CompiledInfra.BicepFiles);

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Builds_without_a_diagnostic(string bicepFile)
    {
        Assert.Empty(CompiledInfra.DiagnosticsOf(infra.Build, bicepFile));
        Assert.NotNull(infra.Template(bicepFile)["resources"]);
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Lints_without_a_diagnostic(string bicepFile) =>
        Assert.Empty(CompiledInfra.DiagnosticsOf(infra.Lint, bicepFile));

    [Fact]
    public void The_cli_runs_succeed_and_report_nothing_at_all()
    {
        foreach (var run in new[] { infra.Lint, infra.Build })
        {
            Assert.True(run.ExitCode == 0, $"bicep exited {run.ExitCode}:\n{run.Stdout}\n{run.Stderr}");
            Assert.Empty(run.Diagnostics);
        }
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void Uses_only_local_modules(string bicepFile)
    {
        // The public Bicep registry is out of reach from the build machines: modules are files.
        var folder = Path.GetDirectoryName(Path.Combine(CompiledInfra.InfraFolder, bicepFile))!;
        foreach (Match module in ModuleReference().Matches(File.ReadAllText(Path.Combine(CompiledInfra.InfraFolder, bicepFile))))
        {
            var target = module.Groups["path"].Value;
            Assert.DoesNotContain(':', target);
            Assert.True(File.Exists(Path.Combine(folder, target)), $"{bicepFile}: module '{target}' is not a file beside it.");
        }
    }

    [Fact]
    public void The_lint_configuration_makes_secret_handling_errors_and_checks_api_versions()
    {
        var rules = JsonNode.Parse(File.ReadAllText(Path.Combine(CompiledInfra.InfraFolder, "bicepconfig.json")))!
            ["analyzers"]!["core"]!["rules"]!;

        foreach (var rule in new[]
        {
            "no-hardcoded-env-urls", "secure-secrets-in-params", "outputs-should-not-contain-secrets",
            "use-secure-value-for-secure-inputs", "secure-params-in-nested-deploy", "secure-parameter-default",
        })
        {
            Assert.Equal("error", (string?)rules[rule]?["level"]);
        }
        // Off by default; on, it turns an outdated API version into a warning, which fails the theories above.
        Assert.Equal("warning", (string?)rules["use-recent-api-versions"]?["level"]);
    }

    [GeneratedRegex(@"^\s*module\s+\w+\s+'(?<path>[^']+)'", RegexOptions.Multiline)]
    private static partial Regex ModuleReference();
}
