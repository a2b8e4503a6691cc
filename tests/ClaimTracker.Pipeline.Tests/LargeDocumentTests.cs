using System.Diagnostics;
using System.Globalization;
using System.Text;
using Azure.Data.Tables;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Splitting;
using ClaimTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// Documents with many units: every one within the limits reaches ready however long its split
/// takes, and one over the unit limit is refused with that reason before anything is stored.
/// CI runs 10,000 units; <c>CLAIMTRACKER_LOAD=full</c> runs 200,000 (the README's figures).
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class LargeDocumentTests(PipelineFixture fixture)
{
    private static bool Full => string.Equals(Environment.GetEnvironmentVariable("CLAIMTRACKER_LOAD"), "full", StringComparison.OrdinalIgnoreCase);

    /// <summary>One short sentence a line, each distinct: the most units per byte a real text has.</summary>
    public static string ShortSentences(int lines, int seed)
    {
        var text = new StringBuilder(lines * 24);
        for (var i = 1; i <= lines; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Item {seed}.{i} was noted.\n");
        }
        return text.ToString();
    }

    [Fact]
    public async Task A_document_of_many_short_sentences_reaches_ready()
    {
        var lines = Full ? 200_000 : 10_000;
        var text = ShortSentences(lines, seed: 4);
        var clock = Stopwatch.StartNew();
        var blob = await fixture.UploadAsync($"large/{lines}-lines.txt", text);
        await fixture.Services.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        var split = clock.Elapsed.TotalSeconds;
        await fixture.CiteUntilEmptyAsync(parallelism: 8);
        var seconds = clock.Elapsed.TotalSeconds;

        var document = await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name));
        Assert.True(document?.Status == "ready", $"{document?.Status}: {document?.Error}");
        Assert.Equal(lines, document!.UnitCount);
        ReliabilityReport.Record(new ReliabilityRow("load", string.Create(CultureInfo.InvariantCulture, $"one document of {lines:N0} short sentences ({text.Length / 1e6:F1} MB), handlers on Azurite, 8 batches at a time"),
            string.Create(CultureInfo.InvariantCulture, $"ready; split in {split:F0} s"), 1, document.UnitCount, 0, 0, seconds));
    }

    [Fact]
    public async Task A_document_over_the_unit_limit_is_refused_with_that_reason_and_nothing_stored()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:MaxUnitsPerDocument"] = "10" });
        var blob = await fixture.UploadAsync("large/over-unit-limit.txt", ShortSentences(25, seed: 5));
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);

        await services.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);

        var document = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("failed", document?.Status);
        Assert.Contains("25 units", document!.Error, StringComparison.Ordinal);
        Assert.Contains("ClaimTracker__MaxUnitsPerDocument", document.Error, StringComparison.Ordinal);
        Assert.Empty(await TableSnapshot.TakeAsync(fixture.Storage.ClaimsTable, TableClient.CreateQueryFilter($"PartitionKey eq {documentId}")));
        ReliabilityReport.Record(new ReliabilityRow("bad input", "over the unit limit", $"failed: \"{document.Error}\"", 1, 0, 0, 0));
    }

    [Fact]
    public async Task The_outage_budget_bounds_waiting_for_storage_not_a_split_that_is_working()
    {
        // Every storage call answers, 40 ms late: the whole split takes far longer than the budget, no call does.
        await using var slow = fixture.CreateServices(new Dictionary<string, string?>
        {
            ["ClaimTracker:OutageBudgetSeconds"] = "2",
            ["ClaimTracker:Chaos:Enabled"] = "true",
            ["ClaimTracker:Chaos:FaultRate"] = "0",
            ["ClaimTracker:Chaos:LatencyRate"] = "1",
            ["ClaimTracker:Chaos:LatencyMilliseconds"] = "40",
        });
        var blob = await fixture.UploadAsync("large/slow-storage.txt", ShortSentences(3_000, seed: 6));
        var clock = Stopwatch.StartNew();

        await slow.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        var seconds = clock.Elapsed.TotalSeconds;
        await fixture.CiteUntilEmptyAsync(slow, parallelism: 8);

        Assert.True(seconds > 2, $"the split took {seconds:F1} s, no longer than the budget: the test shows nothing");
        Assert.Equal("ready", (await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name)))?.Status);
    }

    [Fact]
    public async Task The_outage_budget_ends_waiting_for_storage_that_stays_down()
    {
        var outage = new Outage();
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:OutageBudgetSeconds"] = "2" }, s => s.AddSingleton(StorageFaults.During(outage)));
        var blob = await fixture.UploadAsync("large/storage-down.txt", ShortSentences(10, seed: 7));

        // Given back to the trigger after the budget and the SDK's own retries, not held for ever.
        outage.Begin();
        await Assert.ThrowsAnyAsync<Exception>(() => services.GetRequiredService<SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None));
        outage.End();

        await fixture.ProcessAsync(blob);
        Assert.Equal("ready", (await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name)))?.Status);
    }
}
