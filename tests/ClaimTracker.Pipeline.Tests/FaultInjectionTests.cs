using System.Diagnostics;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Resilience;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// At-least-once delivery, proven by killing the handlers at the points where a crash leaves
/// storage half-written, then delivering again as the triggers would: each document must end
/// with exactly the rows of a run that never failed.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class FaultInjectionTests(PipelineFixture fixture)
{
    /// <summary>A property, not a field: a clone without ../shared skips the tests that read it and runs the rest.</summary>
    private static string SampleText => File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

    [SharedSampleFact]
    public async Task A_crash_between_storing_claims_and_queueing_the_last_batches_converges_on_redelivery()
    {
        await using var crashing = CrashingServices(StorageFaults.CrashAt("after the claims, before the second citation batch is queued", StorageFaults.IsQueueSend, nth: 2));
        var blob = await fixture.UploadAsync("faults/crash-before-queueing.txt", SampleText);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None));
        // The blob trigger delivers the blob again; the one message sent before the crash is delivered too.
        await fixture.ProcessAsync(blob);

        await AssertSameRowsAsAnUninterruptedRunAsync(blob.Name, "Crash between storing claims and queueing citation batches", "redelivered blob: ready, rows identical to an uninterrupted run");
    }

    [Fact]
    public async Task A_crash_part_way_through_the_claim_transactions_converges_on_redelivery()
    {
        var text = string.Join(" ", Enumerable.Range(1, 250).Select(i => $"Statement number {i} was issued by the ministry on day {i}."));
        await using var crashing = CrashingServices(StorageFaults.CrashAt("after the first transaction of claims", StorageFaults.IsTableTransaction, nth: 2));
        var blob = await fixture.UploadAsync("faults/crash-mid-claims.txt", text);

        await Assert.ThrowsAsync<SimulatedCrashException>(() => crashing.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None));
        await fixture.ProcessAsync(blob);

        await AssertSameRowsAsAnUninterruptedRunAsync(blob.Name, "Crash part-way through storing a document's claims", "redelivered blob: ready, rows identical to an uninterrupted run", text);
    }

    [SharedSampleFact]
    public async Task A_crash_between_citing_and_marking_the_batch_done_converges_on_redelivery()
    {
        await using var crashing = CrashingServices(StorageFaults.CrashAt("after citing, before the batch is marked done", r => StorageFaults.IsTableWrite(r, StorageNames.CitationBatchesTable)));
        var blob = await fixture.UploadAsync("faults/crash-before-done.txt", SampleText);
        await fixture.Services.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        var messages = await fixture.CitationQueue.DrainAsync();

        await Assert.ThrowsAsync<SimulatedCrashException>(() => fixture.CiteAsync(messages.Take(1), crashing));
        Assert.Equal("citing", (await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name)))?.Status);
        // The crashed message becomes visible again and is delivered a second time, alongside the rest.
        await fixture.CiteAsync(messages, dequeueCount: 2);

        await AssertSameRowsAsAnUninterruptedRunAsync(blob.Name, "Crash between citing a batch and marking it done", "redelivered message: ready, rows identical to an uninterrupted run");
    }

    [SharedSampleFact]
    public async Task A_storage_outage_longer_than_the_sdk_retries_is_waited_out_even_on_a_messages_last_delivery()
    {
        var outage = new Outage();
        await using var services = fixture.CreateServices(configure: s => s.AddSingleton(StorageFaults.During(outage)));
        var blob = await fixture.UploadAsync("faults/outage.txt", SampleText);
        await services.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        var messages = await fixture.CitationQueue.DrainAsync();
        var clock = Stopwatch.StartNew();

        outage.Begin();
        // Every message is on its last delivery: failing now would send it to the poison queue and fail the document.
        var citing = Task.WhenAll(messages.Select(m => Task.Run(() => fixture.CiteAsync([m], services, dequeueCount: 5))));
        // The SDK gives up on a request after about six seconds of retries; the outage lasts longer.
        await Task.Delay(TimeSpan.FromSeconds(10));
        Assert.False(citing.IsCompleted, "The handlers finished during the outage.");
        outage.End();
        await citing;

        var seconds = clock.Elapsed.TotalSeconds;
        await AssertSameRowsAsAnUninterruptedRunAsync(blob.Name, "Storage unavailable (503) for 10 s while batches on their last delivery run",
            $"handlers waited behind the circuit breaker, none failed; ready {seconds:F0} s after the outage began", wallSeconds: seconds);
    }

    [SharedSampleFact]
    public async Task Random_storage_errors_timeouts_and_latency_leave_exactly_the_rows_of_a_clean_run()
    {
        await using var chaotic = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["ClaimTracker:Chaos:Enabled"] = "true",
            ["ClaimTracker:Chaos:FaultRate"] = "0.2",
            ["ClaimTracker:Chaos:LatencyRate"] = "0.2",
            ["ClaimTracker:Chaos:LatencyMilliseconds"] = "50",
            ["ClaimTracker:Chaos:Seed"] = "6",
        });
        Assert.True(chaotic.GetRequiredService<StorageChaos>().IsEnabled);
        var blob = await fixture.UploadAsync("faults/chaos.txt", SampleText);
        var clock = Stopwatch.StartNew();

        await fixture.ProcessAsync(blob, chaotic);

        await AssertSameRowsAsAnUninterruptedRunAsync(blob.Name, "20% of storage calls fail (503, 500, timeout), 20% delayed",
            "SDK and pipeline retries absorbed every fault: ready, rows identical to an uninterrupted run", wallSeconds: clock.Elapsed.TotalSeconds);
    }

    private ServiceProvider CrashingServices(StorageChaos crash) => fixture.CreateServices(configure: s => s.AddSingleton(crash));

    /// <summary>Processes the same text under another name without faults and compares every row.</summary>
    private async Task AssertSameRowsAsAnUninterruptedRunAsync(string blobName, string scenario, string outcome, string? text = null, double? wallSeconds = null)
    {
        var control = await fixture.UploadAsync($"faults/control-{Guid.NewGuid():N}.txt", text ?? SampleText);
        await fixture.ProcessAsync(control);
        var expected = DocumentRows.Strip(await DocumentRows.SnapshotAsync(fixture, DocumentIdentity.DocumentIdFor(control.Name), ignoreDocumentTimes: true), control.Name).ToArray();
        var actual = DocumentRows.Strip(await DocumentRows.SnapshotAsync(fixture, DocumentIdentity.DocumentIdFor(blobName), ignoreDocumentTimes: true), blobName).ToArray();

        var document = await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blobName));
        Assert.Equal("ready", document?.Status);
        Assert.Equal(expected, actual);
        var (lost, duplicated) = DocumentRows.Compare(expected, actual);
        ReliabilityReport.Record(new ReliabilityRow(scenario.StartsWith("Crash", StringComparison.Ordinal) ? "delivery" : "faults", scenario, outcome, 1, document!.UnitCount, lost, duplicated, wallSeconds));
    }
}
