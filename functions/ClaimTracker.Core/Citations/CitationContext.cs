using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// What the rest of the document tells the citation stage about one unit: the year the text
/// around it is about (for <c>on 17 October</c>), who is speaking when it is a quotation, and
/// where it stands in the document, whose <see cref="DocumentCitationContext"/> resolves short
/// forms ("resolution 687" after "resolution 687 (1991)").
/// </summary>
/// <param name="Ordinal">The unit's 1-based place in reading order; 0 for a text on its own.</param>
/// <param name="Kind">What the unit is, where known: a title page's dates are the document's own, not sources it cites.</param>
public sealed record CitationContext(int? Year = null, string? Speaker = null, int Ordinal = 0, DocumentCitationContext? Document = null, UnitKind? Kind = null)
{
    public static readonly CitationContext None = new();

    /// <summary>The addresses the unit's words link to: cited by those words, though the address is not in the text.</summary>
    public IReadOnlyList<UnitLink> Links { get; init; } = [];

    public DocumentCitationContext DocumentOrEmpty => Document ?? DocumentCitationContext.Empty;
}
