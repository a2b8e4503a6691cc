using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Decoding;
using ClaimTracker.Testing;

namespace ClaimTracker.Core.Tests.Analysis;

/// <summary>
/// The development corpus (<c>../shared/corpus</c>: real documents of other genres with
/// hand-made gold, read from there, never copied in), scored as <c>score_corpus.py</c> scores it:
/// citations of the strict kinds, compared by canonical identifier, pooled over the documents.
/// </summary>
public sealed class CorpusCitationTests
{
    /// <summary>The bar of the issue that made citation recognition general.</summary>
    private const double Bar = 0.97;

    [SharedCorpusFact]
    public void Strict_citations_over_the_corpus_reach_the_bar_in_precision_and_f1()
    {
        var documents = RepositoryPaths.CorpusDocuments();
        Assert.NotEmpty(documents);

        var (hits, predicted, gold) = (0, 0, 0);
        var report = new List<string>();
        foreach (var path in documents)
        {
            var analysis = DocumentAnalyzer.Analyze(Decode(path));
            var found = analysis.Units
                .SelectMany(u => u.Citations)
                .Select(c => (Kind: WireNames.Of(c.Kind), Canonical: GoldScore.CanonicalKey(c.Canonical)))
                .Where(c => GoldScore.StrictKinds.Contains(c.Kind));
            var (h, p, g) = GoldScore.Count(GoldScore.GoldCitations(Path.ChangeExtension(path, ".gold.json")), found);
            (hits, predicted, gold) = (hits + h, predicted + p, gold + g);
            report.Add($"{Path.GetFileName(path)}: {h} of {g} found, {p - h} extra");
        }

        var precision = predicted == 0 ? 0 : (double)hits / predicted;
        var recall = gold == 0 ? 1 : (double)hits / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Assert.True(precision >= Bar && f1 >= Bar, $"precision {precision:F3}, recall {recall:F3}, F1 {f1:F3}\n{string.Join('\n', report)}");
    }

    private static string Decode(string path)
    {
        var decoded = DocumentDecoder.Decode(File.ReadAllBytes(path));
        Assert.True(decoded.Succeeded, decoded.FailureReason);
        return decoded.Document.Text;
    }
}
