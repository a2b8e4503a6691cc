using System.Diagnostics;
using ClaimTracker.Testing;
using Xunit.Abstractions;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>
/// Storage failing under a running <c>claimtracker serve</c>: Azurite stopped in the middle of a
/// batch of uploads and started again on the same data, and storage calls failing at random.
/// Each test owns its Azurite and serve, so the faults touch nothing else.
/// </summary>
public sealed class StorageOutageTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Azurite_stopped_mid_batch_and_restarted_on_its_data_leaves_every_document_finished_with_no_claim_lost_or_duplicated()
    {
        var azurite = await NpmAzurite.StartAsync();
        try
        {
            await using var serve = await ServeProcess.StartAsync(azurite.Endpoints.ConnectionString);
            var documents = Enumerable.Range(1, 24).ToDictionary(i => $"outage/briefing-{i:D2}.txt", i => SyntheticDocuments.Create(100 + i, 3_000 + (i * 500)));
            var names = documents.Keys.ToArray();
            var clock = Stopwatch.StartNew();

            await ServeChecks.UploadAsync(serve, documents, names[..12]);
            output.WriteLine($"12 uploaded at {clock.Elapsed.TotalSeconds:F1} s");
            // Mid-batch: some documents split, some citing, some not yet seen.
            await Task.Delay(TimeSpan.FromSeconds(2));
            await azurite.StopAsync();
            output.WriteLine($"Azurite stopped at {clock.Elapsed.TotalSeconds:F1} s");
            await Task.Delay(TimeSpan.FromSeconds(8));
            azurite = await azurite.RestartAsync();
            output.WriteLine($"Azurite restarted at {clock.Elapsed.TotalSeconds:F1} s");
            await ServeChecks.UploadAsync(serve, documents, names[12..]);

            var finished = await DocumentWatch.WaitForAllAsync(serve, names, ServeChecks.ProcessingTimeout);
            var seconds = clock.Elapsed.TotalSeconds;

            var (claims, lost, duplicated) = await ServeChecks.CheckAllReadyAsync(serve, documents, finished);
            await ServeChecks.AssertNothingPoisonedAsync(azurite.Endpoints.ConnectionString);
            ReliabilityReport.Record(new ReliabilityRow("faults", "Azurite stopped for 8 s in the middle of 24 uploads, restarted on the same data",
                "serve waited out the outage; every document ready, nothing in a poison queue", documents.Count, claims, lost, duplicated, seconds));
        }
        finally
        {
            await azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task Storage_errors_timeouts_and_latency_injected_into_serve_still_let_every_document_finish()
    {
        await using var azurite = await NpmAzurite.StartAsync();
        await using var serve = await ServeProcess.StartAsync(azurite.Endpoints.ConnectionString, new Dictionary<string, string>
        {
            ["ClaimTracker__Chaos__Enabled"] = "true",
            ["ClaimTracker__Chaos__FaultRate"] = "0.1",
            ["ClaimTracker__Chaos__LatencyRate"] = "0.1",
            ["ClaimTracker__Chaos__LatencyMilliseconds"] = "200",
        });
        var documents = Enumerable.Range(1, 12).ToDictionary(i => $"chaos/briefing-{i:D2}.txt", i => SyntheticDocuments.Create(200 + i, 4_000 + (i * 400)));
        var clock = Stopwatch.StartNew();

        await ServeChecks.UploadAsync(serve, documents, documents.Keys);
        var finished = await DocumentWatch.WaitForAllAsync(serve, documents.Keys, ServeChecks.ProcessingTimeout);
        var seconds = clock.Elapsed.TotalSeconds;

        var (claims, lost, duplicated) = await ServeChecks.CheckAllReadyAsync(serve, documents, finished);
        await ServeChecks.AssertNothingPoisonedAsync(azurite.Endpoints.ConnectionString);
        Assert.Contains("Storage chaos is ON", serve.Output, StringComparison.Ordinal);
        ReliabilityReport.Record(new ReliabilityRow("faults", "serve with 10% of storage calls failing (503, 500, timeout) and 10% delayed 200 ms",
            "SDK retries, then the pipeline's: every document ready, nothing in a poison queue", documents.Count, claims, lost, duplicated, seconds));
    }
}
