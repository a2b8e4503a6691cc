using System.Diagnostics;
using System.Text.RegularExpressions;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>What serve exposes: where it listens, what its log holds, what git would take.</summary>
[Collection(ServeCollection.Name)]
public sealed partial class SecurityTests(ServeFixture serve)
{
    /// <summary>A key of the right shape that no account has, so finding it anywhere means it leaked.</summary>
    private static readonly string MadeUpKey = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("made-up key for the ClaimTracker tests: any log line holding it leaked it"));

    [Fact]
    public void Serve_listens_on_loopback_unless_told_otherwise()
    {
        var addresses = ListeningOn().Matches(serve.ServeOutput).Select(m => m.Groups["host"].Value).ToArray();

        Assert.Equal(["127.0.0.1"], addresses);
        Record("serve binds to loopback by default", "listens on 127.0.0.1 only; --host elsewhere logs a warning");
    }

    [Fact]
    public async Task Serve_never_logs_the_storage_key_even_when_storage_cannot_be_reached()
    {
        var ports = FreePorts.Take(3);
        var unreachable = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={MadeUpKey};" +
            $"BlobEndpoint=http://127.0.0.1:{ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports[1]}/devstoreaccount1;TableEndpoint=http://127.0.0.1:{ports[2]}/devstoreaccount1;";

        var output = await RunServeUntilExitAsync(unreachable, TimeSpan.FromSeconds(90));

        Assert.Contains("Connection refused", output, StringComparison.Ordinal);
        Assert.DoesNotContain(MadeUpKey[..16], output, StringComparison.Ordinal);
        Assert.DoesNotContain(AzuriteEndpoints.DevelopmentKey[..16], serve.ServeOutput, StringComparison.Ordinal);
        Record("storage key in serve's log (storage down, and the running test server)", "not found: serve logs no connection string, and blanks AccountKey=, sig=, code= in any line");
    }

    [Fact]
    public async Task Local_settings_stay_out_of_git()
    {
        using var git = Process.Start(new ProcessStartInfo("git", ["check-ignore", "--quiet", "local.settings.json"]) { WorkingDirectory = RepositoryPaths.Root })!;
        await git.WaitForExitAsync();

        Assert.True(git.ExitCode == 0, "local.settings.json is not ignored by git");
        Record("local.settings.json in git", "ignored (.gitignore); only local.settings.sample.json, without secrets, is committed");
    }

    /// <summary>Starts serve against <paramref name="connectionString"/> and returns what it printed by the time it gave up.</summary>
    private static async Task<string> RunServeUntilExitAsync(string connectionString, TimeSpan timeout)
    {
        using var process = Process.Start(ServeProcess.StartInfo(connectionString, FreePorts.Take(1)[0]))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
        return await stdout + await stderr;
    }

    private static void Record(string scenario, string outcome) =>
        ReliabilityReport.Record(new ReliabilityRow("security", scenario, outcome, 0, 0, 0, 0));

    [GeneratedRegex(@"Now listening on: http://(?<host>[^:/]+):\d+")]
    private static partial Regex ListeningOn();
}
