using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Citations;

/// <summary>A source a unit cites.</summary>
/// <param name="Canonical">The source's canonical identifier, e.g. <c>S/RES/822 (1993)</c>.</param>
/// <param name="Surface">The words in the document that cite it, e.g. <c>Resolutions 822</c>.</param>
/// <param name="Span">Where <paramref name="Surface"/> lies in the extracted text.</param>
/// <param name="Url">The canonical link, where one exists.</param>
/// <param name="Warnings">Contradictions with reference data, worded for a reviewer.</param>
public sealed record Citation(
    CitationKind Kind,
    string Canonical,
    string Surface,
    TextSpan Span,
    string? Url,
    IReadOnlyList<string> Warnings);
