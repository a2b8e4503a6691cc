using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>One unit of a document in reading order, with its repaired text and where it came from.</summary>
/// <param name="Id">Stable across versions of the document: see <see cref="Identity.ClaimIdentity"/>.</param>
/// <param name="Ordinal">1-based position in reading order.</param>
/// <param name="Content">The repaired text and its map back into the extracted text.</param>
/// <param name="Spans">The ranges of the extracted text this unit covers.</param>
/// <param name="Speaker">Who is quoted, when the unit is a quotation that names its speaker; or who speaks it, in a transcript turn (<paramref name="SpeaksInTurn"/>).</param>
/// <param name="ContextYear">The year of the last full date before this unit: what "on 17 October" in it means.</param>
/// <param name="SpeaksInTurn">The speaker is named by a transcript's label before the unit ("MR. SMITH:"), not by a quotation: the unit is their own words, no one's quotation to cite.</param>
public sealed record Unit(
    string Id,
    int Ordinal,
    UnitKind Kind,
    MappedText Content,
    IReadOnlyList<TextSpan> Spans,
    string? Speaker = null,
    int? ContextYear = null,
    bool SpeaksInTurn = false)
{
    public string Text => Content.Text;

    /// <summary>The addresses its words link to (Markdown links), which it cites.</summary>
    public IReadOnlyList<UnitLink> Links { get; init; } = [];
}
