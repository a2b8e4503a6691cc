using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Analysis;

/// <summary>
/// The whole analysis of one extracted text, as <c>claimtracker analyze</c> shows it. The
/// pipeline runs the same two stages apart (split, then cite) over stored units.
/// </summary>
public static class DocumentAnalyzer
{
    public static IReadOnlyList<AnalyzedUnit> Analyze(string text) =>
        ClaimSegmenter.Segment(text)
            .Select(unit => new AnalyzedUnit(unit, CitationRecognizer.Recognize(unit.Content)))
            .ToArray();
}
