using System.Diagnostics;
using System.Text.Json;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>The terminal commands that speak the review API, run as a reviewer runs them, against serve.</summary>
[Collection(ServeCollection.Name)]
public sealed class CliTests(ServeFixture serve)
{
    [Fact]
    public async Task Upload_claims_and_review_work_from_the_terminal()
    {
        var file = Path.Combine(Path.GetTempPath(), $"cli-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, "The envoy arrived on Monday. The talks failed on Tuesday.");
        try
        {
            var upload = await RunAsync("upload", file, "--wait");
            var listed = await RunAsync("claims", file, "--format", "json");
            var claims = JsonDocument.Parse(listed.Stdout).RootElement.EnumerateArray().ToArray();
            var second = claims[1].GetProperty("id").GetString()!;
            var review = await RunAsync("review", Path.GetFileName(file), second, "--status", "disputed", "--note", "They resumed.", "--reviewer", "ana");
            var disputed = await RunAsync("claims", Path.GetFileName(file), "--status", "disputed");

            Assert.Equal(0, upload.ExitCode);
            Assert.Contains("ready, 2 units, 2 claims", upload.Stdout, StringComparison.Ordinal);
            Assert.Equal(["The envoy arrived on Monday.", "The talks failed on Tuesday."], claims.Select(c => c.GetProperty("text").GetString()));
            Assert.Equal((0, $"{second}: disputed by ana (revision 1): They resumed."), (review.ExitCode, review.Stdout.Trim()));
            Assert.Contains("The talks failed on Tuesday.", disputed.Stdout, StringComparison.Ordinal);
            Assert.DoesNotContain("The envoy arrived", disputed.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_review_over_a_stale_etag_is_reported_as_a_conflict_and_writes_nothing()
    {
        var api = new ReviewApiClient(serve);
        var id = await api.UploadAndWaitAsync("cli/conflict.txt", "The figure was revised twice.");
        var claim = (await api.ClaimsAsync(id))[0];
        var claimId = claim.GetProperty("id").GetString()!;
        var seen = claim.GetProperty("etag").GetString()!;
        Assert.Equal(0, (await RunAsync("review", id, claimId, "--status", "supported", "--reviewer", "ana")).ExitCode);

        var late = await RunAsync("review", id, claimId, "--status", "disputed", "--reviewer", "bo", "--if-match", seen);
        var bad = await RunAsync("review", id, claimId, "--status", "maybe", "--reviewer", "bo");

        Assert.Equal(2, late.ExitCode);
        Assert.Contains("conflict", late.Stderr, StringComparison.Ordinal);
        Assert.Contains("nothing was written", late.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("'status'", bad.Stderr, StringComparison.Ordinal);
        var (stored, _) = await api.ClaimAsync(id, claimId);
        Assert.Equal(("supported", "ana"), (stored.GetProperty("review").GetProperty("status").GetString(), stored.GetProperty("review").GetProperty("reviewer").GetString()));
    }

    [Fact]
    public async Task Two_files_of_one_name_are_refused_before_anything_is_uploaded()
    {
        var folder = Directory.CreateTempSubdirectory("cli-clash-");
        try
        {
            var first = Path.Combine(folder.FullName, "a", "same-name.txt");
            var second = Path.Combine(folder.FullName, "b", "same-name.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(first)!);
            Directory.CreateDirectory(Path.GetDirectoryName(second)!);
            await File.WriteAllTextAsync(first, "One text.");
            await File.WriteAllTextAsync(second, "Another text.");

            var result = await RunAsync("upload", first, second);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("would both be uploaded as same-name.txt", result.Stderr, StringComparison.Ordinal);
            Assert.False(await serve.Documents.GetBlobClient("same-name.txt").ExistsAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task An_unreachable_api_is_one_clear_line()
    {
        var result = await RunAsync(new Dictionary<string, string> { ["CLAIMTRACKER_API"] = "http://127.0.0.1:9/api" }, "claims", "anything");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("claimtracker: cannot reach the review API at http://127.0.0.1:9/api/", result.Stderr, StringComparison.Ordinal);
    }

    private Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    private async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryPaths.BuildOutput("ClaimTracker.Cli"), "claimtracker.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["CLAIMTRACKER_API"] = serve.Api.BaseAddress!.ToString();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
