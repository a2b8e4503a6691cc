using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Analysis;

/// <summary>
/// The whole analysis of one extracted text, as <c>claimtracker analyze</c> shows it. The
/// pipeline runs the same two stages apart (split, then cite) over stored units.
/// </summary>
public static class DocumentAnalyzer
{
    public static DocumentAnalysis Analyze(string text)
    {
        var segmented = ClaimSegmenter.Segment(text);
        var units = segmented.Units
            .Select(unit => new AnalyzedUnit(unit, CitationRecognizer.Recognize(unit.Content, new CitationContext(unit.ContextYear, unit.Speaker))))
            .ToArray();
        return new DocumentAnalysis(units, segmented.Discarded);
    }
}
