using System.Text.Json;
using ClaimTracker.Core;
using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Decoding;
using ClaimTracker.Core.Identity;
using ClaimTracker.Testing;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>
/// The cite stage sees a batch, never the document; the document's citation context, stored on
/// its row at the split, must make every batch resolve as <c>analyze</c> does. Shown at the
/// extreme, one claim a batch, on every document of <c>../shared/corpus</c>.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class CorpusCitationTests(PipelineFixture fixture)
{
    [SharedCorpusFact]
    public async Task Batches_of_one_claim_cite_every_corpus_document_exactly_as_analyze_does()
    {
        var documents = RepositoryPaths.CorpusDocuments();
        Assert.NotEmpty(documents);
        await using var services = fixture.CreateServices(new Dictionary<string, string?> { ["ClaimTracker:CitationBatchSize"] = "1" });

        var differences = new List<string>();
        var resolved = 0;
        foreach (var path in documents)
        {
            var bytes = await File.ReadAllBytesAsync(path);
            var blob = await fixture.UploadAsync($"corpus/{Path.GetFileName(path)}", bytes);
            var documentId = DocumentIdentity.DocumentIdFor(blob.Name);
            await fixture.ProcessAsync(blob, services);

            Assert.Equal("ready", (await fixture.FindDocumentAsync(documentId))?.Status);
            var expected = DocumentAnalyzer.Analyze(DocumentDecoder.Decode(bytes).Document!.Text).Units
                .ToDictionary(u => u.Unit.Id, u => Describe(u.Citations.Select(c => (WireNames.Of(c.Kind), c.Canonical, c.Surface, c.Span.Start, c.Span.End, c.Url, c.Warnings))));
            var stored = (await ClaimsClient.ReadAllAsync(fixture, documentId, top: 200))
                .ToDictionary(c => c.GetProperty("id").GetString()!, c => Describe(c.GetProperty("citations").EnumerateArray().Select(Read)));

            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), stored.Keys.Order(StringComparer.Ordinal));
            differences.AddRange(expected.Where(e => e.Value != stored[e.Key]).Select(e => $"{Path.GetFileName(path)} {e.Key}: analyze {e.Value} | pipeline {stored[e.Key]}"));
            resolved += expected.Values.Count(v => v.Length > 0);
        }

        Assert.True(resolved > 0, "The corpus yielded no citations at all.");
        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    private static (string, string, string, int, int, string?, IReadOnlyList<string>) Read(JsonElement c) => (
        c.GetProperty("kind").GetString()!,
        c.GetProperty("canonical").GetString()!,
        c.GetProperty("surface").GetString()!,
        c.GetProperty("start").GetInt32(),
        c.GetProperty("end").GetInt32(),
        c.GetProperty("url").GetString(),
        c.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray());

    private static string Describe(IEnumerable<(string Kind, string Canonical, string Surface, int Start, int End, string? Url, IReadOnlyList<string> Warnings)> citations) =>
        string.Join("; ", citations.Select(c => $"{c.Kind} {c.Canonical} \"{c.Surface}\" {c.Start}-{c.End} {c.Url} [{string.Join(" / ", c.Warnings)}]"));
}
