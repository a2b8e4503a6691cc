using ClaimTracker.Core.Attribution;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Analysis;

/// <summary>
/// Runs the stages in order, the one place that does: segmentation (layout, vocabulary, repair
/// and sentences inside it) into units; attribution of quotations to speakers; the year each
/// unit's narration has reached; the document's citation context; each unit's citations.
/// <c>claimtracker analyze</c> runs all of it; the pipeline runs <see cref="Split"/> in the split
/// stage, stores the context on the document row, and cites each batch with it, so both give the
/// same citations.
/// </summary>
public static class DocumentAnalyzer
{
    public static DocumentAnalysis Analyze(string text)
    {
        var split = Split(text);
        var document = CitationContextOf(split.Units);
        var units = split.Units
            .Select(unit => (unit, cited: CitationRecognizer.Recognize(unit.Content, ContextOf(unit, document))))
            .Select(u => new AnalyzedUnit(u.unit, u.cited.Citations, u.cited.Warnings))
            .ToArray();
        return new DocumentAnalysis(units, split.Discarded);
    }

    /// <summary>The split stage: units with their speakers and the year their narration has reached.</summary>
    public static SegmentedDocument Split(string text)
    {
        var segmented = ClaimSegmenter.Segment(text);
        return segmented with { Units = ContextYears.Assign(TurnSpeakers.Assign(SpeakerAttributor.Attribute(segmented.Units))) };
    }

    public static DocumentCitationContext CitationContextOf(IEnumerable<Unit> units) =>
        DocumentCitationContext.Of(units.Select(u => (u.Ordinal, u.Text)));

    /// <summary>A speaker named by a transcript label speaks the unit, and is quoted by nobody: only a quotation's speaker is cited.</summary>
    public static CitationContext ContextOf(Unit unit, DocumentCitationContext document) =>
        new(unit.ContextYear, unit.SpeaksInTurn ? null : unit.Speaker, unit.Ordinal, document, unit.Kind) { Links = unit.Links };
}
