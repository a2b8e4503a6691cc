using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// Finds what a unit cites. Each recogniser reads the repaired text; the results are mapped
/// back through the unit's pieces so every citation points into the extracted text.
/// </summary>
public static class CitationRecognizer
{
    /// <summary>
    /// A unit citing more sources than this is a list, not a claim; the rest are left out so
    /// that a unit's citations always fit one table row.
    /// </summary>
    public const int MaxCitationsPerUnit = 100;

    public static IReadOnlyList<Citation> Recognize(MappedText content)
    {
        var citations = new List<Citation>();
        foreach (var found in ResolutionRecognizer.Recognize(content.Text).OrderBy(c => c.Start).Take(MaxCitationsPerUnit))
        {
            var span = content.ToSource(found.Start, found.End) ?? new TextSpan(0, 0);
            var surface = content.Text[found.Start..found.End];
            citations.Add(new Citation(found.Kind, found.Canonical, surface, span, found.Url, found.Warnings));
        }
        return citations;
    }
}
