using System.Diagnostics;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline.Telemetry;
using ClaimTracker.Testing;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>The spans one document leaves from blob to ready, collected by the in-memory exporter while the handlers run on Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class TelemetryTests(PipelineFixture fixture)
{
    [Fact]
    public async Task A_split_and_each_cite_batch_leave_spans_for_the_document_and_every_batch_links_to_the_split()
    {
        // Six claims in batches of two, a window of one: the second and third batches are queued by the batch before them.
        const string text = "The Council met on Monday. It adopted resolution 822 (1993). The vote was unanimous. "
            + "Three members spoke after it. The President closed the meeting. The next meeting was not set.";
        var spans = new List<Activity>();
        using var tracing = Sdk.CreateTracerProviderBuilder().AddSource(PipelineTelemetry.SourceName).AddInMemoryExporter(spans).Build();
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:CitationBatchSize"] = "2", ["ClaimTracker:CitationWindow"] = "1" });
        var blob = await fixture.UploadAsync("telemetry/spans.txt", text);
        var documentId = DocumentIdentity.DocumentIdFor(blob.Name);

        await fixture.ProcessAsync(blob, services);
        tracing.ForceFlush();

        var document = await fixture.FindDocumentAsync(documentId);
        Assert.Equal("ready", document?.Status);
        // Other collections run in parallel on the same source: only this document's spans count.
        var mine = spans.Where(s => Tag(s, PipelineTelemetry.DocumentId) == documentId).ToArray();
        var split = Assert.Single(mine, s => s.OperationName == "SplitDocument");
        Assert.Equal(document!.Version, Tag(split, PipelineTelemetry.DocumentVersion));
        var cites = mine.Where(s => s.OperationName == "AttachCitations").ToArray();
        Assert.Equal(document.BatchCount, cites.Length);
        Assert.True(cites.Length >= 3, $"{cites.Length} cite spans: the test needs batches queued by other batches");
        Assert.All(cites, cite =>
        {
            Assert.Equal(document.Version, Tag(cite, PipelineTelemetry.DocumentVersion));
            var link = Assert.Single(cite.Links);
            Assert.Equal(split.TraceId, link.Context.TraceId);
            Assert.Equal(split.SpanId, link.Context.SpanId);
        });
    }

    private static string? Tag(Activity span, string name) => span.GetTagItem(name)?.ToString();
}
