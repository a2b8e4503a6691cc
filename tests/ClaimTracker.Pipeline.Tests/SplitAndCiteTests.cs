using System.Text;
using System.Text.Json;
using Azure.Data.Tables;
using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>Blob → split handler → Base64 queue → cite handler → review API handler, on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class SplitAndCiteTests(PipelineFixture fixture)
{
    /// <summary>A property, not a field: a clone without ../shared skips the tests that read it and runs the rest.</summary>
    private static string SampleText => File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

    [SharedSampleFact]
    public async Task The_shared_sample_becomes_ready_with_its_claims_and_the_four_1993_resolutions()
    {
        var blob = await fixture.UploadAsync("handlers/sample.txt", SampleText);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);

        var messages = await fixture.ProcessAsync(blob);

        var document = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("ready", document?.Status);
        var expected = DocumentAnalyzer.Analyze(SampleText).Units;
        var claims = await ClaimsClient.ReadAllAsync(fixture, documentId);
        Assert.Equal(expected.Select(u => (u.Unit.Id, u.Unit.Text)), claims.Select(c => (Id(c)!, Text(c)!)));
        Assert.Equal(expected.Count(u => u.Unit.Kind == Core.Segmentation.UnitKind.Claim), document!.ClaimCount);

        var citing = Assert.Single(claims, c => c.GetProperty("citations").EnumerateArray().Any(x => x.GetProperty("kind").GetString() == "unsc-resolution"));
        Assert.StartsWith("The documents adopted by international organizations as a result", citing.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(
            ["S/RES/822 (1993)", "S/RES/853 (1993)", "S/RES/874 (1993)", "S/RES/884 (1993)"],
            citing.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("canonical").GetString()));
        Assert.Equal("https://undocs.org/en/S/RES/822(1993)", citing.GetProperty("citations")[0].GetProperty("url").GetString());
        Assert.Equal(expected.Count(u => u.Citations.Count > 0), document.CitedClaimCount);
        Assert.Equal(
            expected.SelectMany(u => u.Citations).Select(c => c.Canonical),
            claims.SelectMany(c => c.GetProperty("citations").EnumerateArray()).Select(c => c.GetProperty("canonical").GetString()));

        // Messages name claims, never carry their text, and stay far below the 64 KB limit.
        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.True(Encoding.UTF8.GetByteCount(m) < 8 * 1024));
        Assert.DoesNotContain(messages, m => m.Contains("Security Council", StringComparison.Ordinal));
    }

    /// <summary>A Markdown link's address is not in the claim's text: the row keeps it, and the cite stage cites it as analyze does.</summary>
    [Fact]
    public async Task A_links_address_is_cited_by_its_words_as_analyze_cites_it()
    {
        const string text = "The Assembly adopted [resolution 67/19](https://undocs.org/A/RES/67/19) in 2012.\n\nThe vote was recorded.";
        var blob = await fixture.UploadAsync("handlers/links.txt", text);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);

        await fixture.ProcessAsync(blob);

        var claims = await ClaimsClient.ReadAllAsync(fixture, documentId);
        var cited = claims.SelectMany(c => c.GetProperty("citations").EnumerateArray()).Select(c => (c.GetProperty("kind").GetString()!, c.GetProperty("canonical").GetString()!, c.GetProperty("surface").GetString()!)).ToArray();
        Assert.Equal(DocumentAnalyzer.Analyze(text).Units.SelectMany(u => u.Citations).Select(c => (Core.WireNames.Of(c.Kind), c.Canonical, c.Surface)), cited);
        Assert.Contains(("url", "https://undocs.org/A/RES/67/19", "resolution 67/19"), cited);
    }

    [SharedSampleFact]
    public async Task The_same_blob_processed_twice_writes_nothing_the_second_time()
    {
        var blob = await fixture.UploadAsync("handlers/twice.txt", SampleText);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        var before = await SnapshotAsync(documentId);

        var messages = await fixture.ProcessAsync(blob);

        Assert.Empty(messages);
        Assert.Equal(before, await SnapshotAsync(documentId));
        ReliabilityReport.Record(new ReliabilityRow("delivery", "The same blob delivered twice", "second delivery wrote nothing and queued nothing", 1, DocumentAnalyzer.Analyze(SampleText).Units.Count, 0, 0));
    }

    [SharedSampleFact]
    public async Task The_same_content_uploaded_again_is_processed_again_into_the_same_rows()
    {
        var blob = await fixture.UploadAsync("handlers/again.txt", SampleText);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        var before = await SnapshotAsync(documentId, ignoreDocumentTimes: true);

        await fixture.UploadAsync("handlers/again.txt", SampleText);
        var messages = await fixture.ProcessAsync(blob);

        Assert.NotEmpty(messages);
        // The first version skips the recount (no verdict can exist yet), so only the second writes a tally, all zero:
        // the same counts. Which version was the first is the split's own bookkeeping.
        Assert.Equal(WithoutSplitBookkeeping(before), WithoutSplitBookkeeping(await SnapshotAsync(documentId, ignoreDocumentTimes: true)));
    }

    private static IEnumerable<string> WithoutSplitBookkeeping(IEnumerable<string> rows) =>
        rows.Where(r => !r.Contains($"/{Storage.ClaimRows.Tally}", StringComparison.Ordinal))
            .Select(r => System.Text.RegularExpressions.Regex.Replace(r, @"FirstVersion=\w+", "FirstVersion=?"));

    [SharedSampleFact]
    public async Task Every_citation_message_delivered_twice_and_concurrently_leaves_the_same_rows()
    {
        var once = await fixture.UploadAsync("handlers/once.txt", SampleText);
        await fixture.ProcessAsync(once);
        var twice = await fixture.UploadAsync("handlers/duplicated.txt", SampleText);
        await fixture.Services.GetRequiredService<Splitting.SplitDocumentHandler>().HandleAsync(twice, CancellationToken.None);
        var messages = await fixture.CitationQueue.DrainAsync();

        await Task.WhenAll(messages.Concat(messages).Select(m => Task.Run(() => fixture.CiteAsync([m]))));

        var expected = await SnapshotAsync(DocumentIdentity.DocumentIdFor(once.Name), ignoreDocumentTimes: true);
        var actual = await SnapshotAsync(DocumentIdentity.DocumentIdFor(twice.Name), ignoreDocumentTimes: true);
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal("ready", (await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(twice.Name)))?.Status);
        Assert.Equal(Strip(expected, once.Name), Strip(actual, twice.Name));
        ReliabilityReport.Record(new ReliabilityRow("delivery", "Every citation message delivered twice, concurrently",
            "ready; rows identical to a single delivery", 1, DocumentAnalyzer.Analyze(SampleText).Units.Count, 0, 0));
    }

    [SharedSampleFact]
    public async Task A_re_split_is_not_ready_until_every_one_of_its_own_batches_is_done()
    {
        var blob = await fixture.UploadAsync("handlers/resplit.txt", SampleText);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);

        await fixture.UploadAsync("handlers/resplit.txt", SampleText);
        await fixture.Services.GetRequiredService<Splitting.SplitDocumentHandler>().HandleAsync(blob, CancellationToken.None);
        var messages = await fixture.CitationQueue.DrainAsync();
        Assert.True(messages.Count > 1);
        Assert.Equal("citing", (await fixture.FindDocumentAsync(documentId))?.Status);

        await fixture.CiteAsync(messages.Take(1));
        Assert.Equal("citing", (await fixture.FindDocumentAsync(documentId))?.Status);

        await fixture.CiteAsync(messages.Skip(1));
        Assert.Equal("ready", (await fixture.FindDocumentAsync(documentId))?.Status);
    }

    [SharedSampleFact]
    public async Task A_re_split_with_another_batch_size_leaves_only_its_own_batch_rows()
    {
        var blob = await fixture.UploadAsync("handlers/rebatched.txt", SampleText);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        await using var larger = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:CitationBatchSize"] = "100" });

        await fixture.UploadAsync("handlers/rebatched.txt", SampleText);
        var messages = await fixture.ProcessAsync(blob, larger);

        var rows = await TableSnapshot.TakeAsync(fixture.Storage.CitationBatchesTable, TableClient.CreateQueryFilter($"PartitionKey eq {documentId}"));
        Assert.Equal(messages.Count, rows.Count);
        var document = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("ready", document?.Status);
        Assert.Equal(DocumentAnalyzer.Analyze(SampleText).Units.Count(u => u.Citations.Count > 0), document!.CitedClaimCount);
    }

    [Fact]
    public async Task Two_uploads_of_one_name_split_at_once_end_as_the_second_version_alone()
    {
        const string first = "The talks opened on Monday. The Council recalled resolution 242 (1967). Observers left.";
        const string second = "The talks opened on Monday. The talks resumed on Thursday. Observers stayed.";
        var blob = await fixture.UploadAsync("handlers/raced.txt", first);
        var split = fixture.Services.GetRequiredService<Splitting.SplitDocumentHandler>();

        var early = Task.Run(() => split.HandleAsync(blob, CancellationToken.None));
        await fixture.UploadAsync("handlers/raced.txt", second);
        await Task.WhenAll(early, Task.Run(() => split.HandleAsync(blob, CancellationToken.None)));
        await fixture.CiteAsync(await fixture.CitationQueue.DrainAsync());

        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        var document = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("ready", document?.Status);
        Assert.Equal(DocumentIdentity.VersionOf(Encoding.UTF8.GetBytes(second)), document!.Version);
        Assert.Equal(["The talks opened on Monday.", "The talks resumed on Thursday.", "Observers stayed."], (await ClaimsClient.ReadAllAsync(fixture, documentId)).Select(Text));
    }

    [Fact]
    public async Task A_claim_that_vanishes_leaves_the_citation_index()
    {
        var blob = await fixture.UploadAsync("handlers/uncited.txt", "The Council recalled resolution 1325 (2000). Observers left.");
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        var index = fixture.Services.GetRequiredService<CitationIndex>();
        Assert.Single(await index.CitingAsync("unsc-resolution", "S/RES/1325 (2000)", documentId, CancellationToken.None));

        await fixture.UploadAsync("handlers/uncited.txt", "Observers left.");
        await fixture.ProcessAsync(blob);

        Assert.Empty(await index.CitingAsync("unsc-resolution", "S/RES/1325 (2000)", documentId, CancellationToken.None));
    }

    [Fact]
    public async Task A_document_with_more_units_than_one_transaction_holds_is_stored_whole()
    {
        var text = string.Join(" ", Enumerable.Range(1, 250).Select(i => $"Statement number {i} was issued by the ministry on day {i}."));
        var blob = await fixture.UploadAsync("handlers/long.txt", text);

        await fixture.ProcessAsync(blob);

        var claims = await ClaimsClient.ReadAllAsync(fixture, DocumentIdentity.DocumentIdFor(blob.Name), top: 500);
        Assert.Equal(250, claims.Count);
        Assert.Equal(Enumerable.Range(1, 250), claims.Select(c => c.GetProperty("ordinal").GetInt32()));
    }

    [Fact]
    public async Task An_edited_upload_keeps_unchanged_claims_and_marks_vanished_ones_removed()
    {
        var blob = await fixture.UploadAsync("handlers/edited.txt", "The talks opened on Monday. The talks failed on Tuesday. Observers left on Wednesday.");
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
        await fixture.ProcessAsync(blob);
        var first = await ClaimsClient.ReadAllAsync(fixture, documentId);

        await fixture.UploadAsync("handlers/edited.txt", "The talks opened on Monday. The talks resumed on Thursday. Observers left on Wednesday.");
        await fixture.ProcessAsync(blob);

        var current = await ClaimsClient.ReadAllAsync(fixture, documentId);
        var all = await ClaimsClient.ReadAllAsync(fixture, documentId, "&includeRemoved=true");
        Assert.Equal(["The talks opened on Monday.", "The talks resumed on Thursday.", "Observers left on Wednesday."], current.Select(Text));
        Assert.Equal(Id(first[0]), Id(current[0]));
        Assert.Equal(Id(first[2]), Id(current[2]));
        var removed = Assert.Single(all, c => c.GetProperty("removed").GetBoolean());
        Assert.Equal("The talks failed on Tuesday.", Text(removed));
    }

    [Theory]
    [InlineData("png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, (byte)'I', (byte)'H', (byte)'D', (byte)'R' }, "PNG image")]
    [InlineData("empty", new byte[0], "empty")]
    [InlineData("blank", new byte[] { 32, 10, 13, 10, 9 }, "whitespace")]
    public async Task Bad_input_fails_with_a_reason_and_queues_nothing(string name, byte[] content, string reason)
    {
        var blob = await fixture.UploadAsync($"handlers/bad-{name}.bin", content);

        var messages = await fixture.ProcessAsync(blob);

        var document = await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name));
        Assert.Equal("failed", document?.Status);
        Assert.Contains(reason, document!.Error, StringComparison.Ordinal);
        Assert.Empty(messages);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_fails_and_says_so()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:MaxDocumentBytes"] = "1000" });
        var blob = await fixture.UploadAsync("handlers/too-big.txt", string.Concat(Enumerable.Repeat("The talks resumed. ", 100)));

        await fixture.ProcessAsync(blob, services);

        var document = await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name));
        Assert.Equal("failed", document?.Status);
        Assert.Contains("the limit is 1,000 bytes", document!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_5_MB_line_without_punctuation_is_processed_on_the_first_attempt()
    {
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:MaxDocumentBytes"] = (8 * 1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var words = new[] { "council", "delegation", "ceasefire", "observers", "corridor", "statement", "session" };
        var line = string.Join(' ', Enumerable.Range(0, 445_000).Select(i => words[i % words.Length] + (i % 97)));
        var blob = await fixture.UploadAsync("handlers/one-long-line.txt", line);

        await fixture.ProcessAsync(blob, services);

        var document = await fixture.FindDocumentAsync(DocumentIdentity.DocumentIdFor(blob.Name));
        Assert.Equal("ready", document?.Status);
        var expected = DocumentAnalyzer.Analyze(line).Units.Count;
        Assert.Equal(expected, document!.UnitCount);
        ReliabilityReport.Record(new ReliabilityRow("bad input", $"one {Encoding.UTF8.GetByteCount(line) / 1e6:F1} MB line without punctuation (handlers, 8 MiB limit)",
            $"ready: cut at spaces into {expected} fragments of at most 2,000 characters", 1, expected, 0, 0));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"documentId\":\"x\"}")]
    [InlineData("{\"documentId\":\"unknown\",\"version\":\"0000000000000000000000000000000000000000000000000000000000000000\",\"batch\":0,\"claimIds\":[\"a\"]}")]
    public async Task Messages_that_are_not_ours_are_completed_without_an_exception(string message) =>
        await fixture.CiteAsync([message]);

    private Task<IReadOnlyList<string>> SnapshotAsync(string documentId, bool ignoreDocumentTimes = false) =>
        DocumentRows.SnapshotAsync(fixture, documentId, ignoreDocumentTimes);

    private static IEnumerable<string> Strip(IEnumerable<string> rows, string blobName) => DocumentRows.Strip(rows, blobName);

    private static string? Text(JsonElement claim) => claim.GetProperty("text").GetString();

    private static string? Id(JsonElement claim) => claim.GetProperty("id").GetString();
}
