using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// A run of text lines between blank lines (or page breaks, or list markers): a paragraph, a
/// heading, a caption, or a piece of a paragraph that a column break cut.
/// </summary>
/// <param name="Index">Position among the document's blocks.</param>
/// <param name="Lines">Trimmed, non-empty line spans, artefacts already cut away.</param>
/// <param name="IsListItem">The block is one item of a bulleted or numbered list (its marker is its first word), or one line of a list of short lines.</param>
/// <param name="Role">The part the block plays in a resolution's set paragraph forms, or <see cref="ParagraphRole.Running"/>.</param>
public sealed record Block(int Index, IReadOnlyList<TextSpan> Lines, bool IsListItem, ParagraphRole Role = ParagraphRole.Running)
{
    /// <summary>A paragraph whose end is given by its form, not its punctuation: a comma or semicolon at its end breaks nothing.</summary>
    public bool IsSetParagraph => Role != ParagraphRole.Running;

    /// <summary>Ranges inside the lines left out of the block's text, each recorded as an artefact: a reference marker, Markdown syntax.</summary>
    public IReadOnlyList<TextSpan> Omitted { get; init; } = [];

    /// <summary>The block is one footnote, printed at a page's foot (<c>59 UN Security Council resolution 707 (1991).</c>), wherever it interrupts the text.</summary>
    public bool IsFootnote { get; init; }
}
