using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Repair;

/// <summary>
/// A block in the flow of the document: its repaired text, its shape, and the block its last
/// sentence continues in, when a column or page break cut it (possibly several blocks later,
/// or even earlier, with captions and other columns in between).
/// </summary>
internal sealed class FlowBlock(Block block, MappedText text)
{
    public Block Block { get; } = block;

    public MappedText Text { get; } = text;

    public BlockShape Shape { get; } = BlockShape.Of(text.Text);

    public int Index => Block.Index;

    public FlowBlock? Next { get; set; }

    public FlowBlock? Previous { get; set; }

    /// <summary>How strongly the evidence supports the link to <see cref="Next"/>.</summary>
    public double NextScore { get; set; }
}
