using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Analysis;

/// <summary>
/// The whole analysis of one extracted text, as <c>claimtracker analyze</c> shows it: units, the
/// document's citation context, then each unit's citations. The pipeline runs the same stages
/// apart: the split computes the context with the units and stores it on the document row, and
/// the cite stage resolves each batch with it, so both give the same citations.
/// </summary>
public static class DocumentAnalyzer
{
    public static DocumentAnalysis Analyze(string text)
    {
        var segmented = ClaimSegmenter.Segment(text);
        var document = CitationContextOf(segmented.Units);
        var units = segmented.Units
            .Select(unit => (unit, cited: CitationRecognizer.Recognize(unit.Content, ContextOf(unit, document))))
            .Select(u => new AnalyzedUnit(u.unit, u.cited.Citations, u.cited.Warnings))
            .ToArray();
        return new DocumentAnalysis(units, segmented.Discarded);
    }

    public static DocumentCitationContext CitationContextOf(IEnumerable<Unit> units) =>
        DocumentCitationContext.Of(units.Select(u => (u.Ordinal, u.Text)));

    public static CitationContext ContextOf(Unit unit, DocumentCitationContext document) =>
        new(unit.ContextYear, unit.Speaker, unit.Ordinal, document, unit.Kind);
}
