using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClaimTracker.Cli.Analyze;
using ClaimTracker.Testing;

namespace ClaimTracker.Cli.Tests;

/// <summary><c>claimtracker analyze</c> against the contract in DESIGN.md.</summary>
public sealed class AnalyzeCommandTests : IDisposable
{
    /// <summary>A property, not a field: a clone without ../shared skips the tests that read it and runs the rest.</summary>
    private static string Sample => RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("claimtracker-analyze-");

    public void Dispose() => _folder.Delete(recursive: true);

    [SharedSampleFact]
    public async Task One_file_as_json_is_one_object_with_the_contract_fields()
    {
        var (exit, stdout, stderr) = await RunAsync([Sample], AnalysisFormat.Json);

        Assert.Equal(0, exit);
        Assert.Empty(stderr);
        using var json = JsonDocument.Parse(stdout);
        var document = json.RootElement.GetProperty("document");
        var text = File.ReadAllText(Sample);
        Assert.Equal("diplomacy-leading-to-victory.txt", document.GetProperty("name").GetString());
        Assert.Equal(text.Length, document.GetProperty("characters").GetInt32());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Sample))), document.GetProperty("version").GetString());

        var units = json.RootElement.GetProperty("units").EnumerateArray().ToArray();
        Assert.Equal(Enumerable.Range(1, units.Length), units.Select(u => u.GetProperty("ordinal").GetInt32()));
        foreach (var unit in units)
        {
            Assert.False(string.IsNullOrEmpty(unit.GetProperty("id").GetString()));
            Assert.Contains(unit.GetProperty("kind").GetString(), new[] { "claim", "heading", "caption", "front-matter", "fragment", "footnote" });
            Assert.Equal(JsonValueKind.Array, unit.GetProperty("citations").ValueKind);
            Assert.True(unit.TryGetProperty("speaker", out _));
            Assert.True(unit.TryGetProperty("checkWorthiness", out _));
            Assert.All(unit.GetProperty("spans").EnumerateArray(), span =>
                Assert.InRange(span.GetProperty("start").GetInt32(), 0, span.GetProperty("end").GetInt32()));
        }

        Assert.All(units, unit => Assert.NotEmpty(unit.GetProperty("spans").EnumerateArray()));
        Assert.All(json.RootElement.GetProperty("discarded").EnumerateArray(), artefact =>
            Assert.Contains(artefact.GetProperty("kind").GetString(), new[] { "page-number", "running-header", "decoration", "hyphen", "repeated-prefix", "reference-marker", "markup", "link-target", "image" }));

        var resolution = units.SelectMany(u => u.GetProperty("citations").EnumerateArray()).First(c => c.GetProperty("kind").GetString() == "unsc-resolution");
        Assert.Equal("unsc-resolution", resolution.GetProperty("kind").GetString());
        Assert.Equal("S/RES/822 (1993)", resolution.GetProperty("canonical").GetString());
        Assert.Equal("https://undocs.org/en/S/RES/822(1993)", resolution.GetProperty("url").GetString());
        Assert.Equal(resolution.GetProperty("surface").GetString(), text[resolution.GetProperty("start").GetInt32()..resolution.GetProperty("end").GetInt32()]);
    }

    /// <summary>The shared sample through the command, scored as ../shared/eval/score.py scores it.</summary>
    [SharedSampleFact]
    public async Task The_shared_sample_meets_the_gold_file()
    {
        var (_, stdout, _) = await RunAsync([Sample], AnalysisFormat.Json);
        using var json = JsonDocument.Parse(stdout);
        var units = json.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => (Text: u.GetProperty("text").GetString()!, Kind: u.GetProperty("kind").GetString()!))
            .ToArray();
        var gold = GoldScore.GoldUnits(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.gold.json"));

        Assert.True(GoldScore.F1(gold.Select(g => g.Text), units.Select(u => u.Text)) >= 0.97);
        Assert.True(GoldScore.F1(gold.Where(g => g.Kind == "claim").Select(g => g.Text), units.Where(u => u.Kind == "claim").Select(u => u.Text)) >= 0.98);
    }

    [Fact]
    public async Task Several_files_print_json_lines_in_the_order_given()
    {
        var first = Write("first.txt", "The Council met on Monday. It adopted resolution 2334 (2016).");
        var second = Write("second.txt", "Observers left on Tuesday.");

        var (exit, stdout, _) = await RunAsync([second, first], AnalysisFormat.Json);

        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["second.txt", "first.txt"], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task An_unreadable_file_gets_one_line_on_stderr_and_the_others_are_still_analyzed()
    {
        var good = Write("good.txt", "The talks resumed.");
        var binary = Write("image.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]);
        var missing = Path.Combine(_folder.FullName, "missing.txt");

        var (exit, stdout, stderr) = await RunAsync([missing, good, binary, good], AnalysisFormat.Jsonl);

        Assert.NotEqual(0, exit);
        Assert.Equal(2, stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        var errors = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, errors.Length);
        Assert.StartsWith($"claimtracker: {missing}: ", errors[0], StringComparison.Ordinal);
        Assert.Contains("PNG image", errors[1], StringComparison.Ordinal);
    }

    [SharedSampleFact]
    public async Task The_table_view_shows_units_and_their_citations()
    {
        var (exit, stdout, _) = await RunAsync([Sample], AnalysisFormat.Table);

        Assert.Equal(0, exit);
        Assert.Contains("front-matter  DIPLOMACY LEADING TO VICTORY", stdout, StringComparison.Ordinal);
        Assert.Contains("-> unsc-resolution S/RES/884 (1993)", stdout, StringComparison.Ordinal);
    }

    /// <summary>The real executable: exit codes and streams as a shell sees them.</summary>
    [SharedSampleFact]
    public async Task The_executable_exits_zero_with_json_and_non_zero_with_a_one_line_error()
    {
        var ok = await RunProcessAsync("analyze", Sample, "--format", "json");
        var bad = await RunProcessAsync("analyze", Path.Combine(_folder.FullName, "nope.txt"));

        Assert.Equal(0, ok.Exit);
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(ok.Stdout).RootElement.ValueKind);
        Assert.NotEqual(0, bad.Exit);
        Assert.Single(bad.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(bad.Stdout);
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string[] paths, AnalysisFormat format)
    {
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();
        var exit = await AnalyzeCommand.RunAsync(paths, format, stdout, stderr, CancellationToken.None);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunProcessAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.BuildOutput("ClaimTracker.Cli"), "claimtracker.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
