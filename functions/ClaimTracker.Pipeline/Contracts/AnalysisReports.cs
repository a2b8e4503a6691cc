using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Decoding;
using ClaimTracker.Core.Identity;

namespace ClaimTracker.Pipeline.Contracts;

/// <summary>Builds the <c>analyze</c> contract from a file's bytes: the same decoding, segmentation and citation code the pipeline runs.</summary>
public static class AnalysisReports
{
    public static AnalysisReport For(string name, ReadOnlySpan<byte> content, DecodedDocument decoded)
    {
        var analysis = DocumentAnalyzer.Analyze(decoded.Text);
        var units = analysis.Units
            .Select(analyzed => new UnitReport(
                analyzed.Unit.Id,
                analyzed.Unit.Ordinal,
                Core.WireNames.Of(analyzed.Unit.Kind),
                analyzed.Unit.Text,
                analyzed.Unit.Spans.ToReports(),
                analyzed.Unit.Speaker,
                CheckWorthiness: null,
                analyzed.Citations.ToReports(),
                analyzed.Warnings))
            .ToArray();
        var document = new DocumentReport(name, decoded.Text.Length, DocumentIdentity.VersionOf(content), decoded.Encoding, decoded.Warnings);
        var discarded = analysis.Discarded
            .Select(a => new ArtefactReport(a.Span.Start, a.Span.End, Core.WireNames.Of(a.Kind)))
            .ToArray();
        return new AnalysisReport(document, units, discarded);
    }
}
