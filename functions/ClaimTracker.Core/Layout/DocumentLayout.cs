using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>The extracted text read as blocks of lines, with the artefacts that were set aside.</summary>
public sealed record DocumentLayout(IReadOnlyList<Block> Blocks, IReadOnlyList<Artefact> Artefacts)
{
    public IEnumerable<TextSpan> Lines => Blocks.SelectMany(b => b.Lines);

    /// <summary>The Markdown links of the text, in text order: their labels are text, their targets artefacts.</summary>
    public IReadOnlyList<MarkdownLink> Links { get; init; } = [];
}
