namespace ClaimTracker.Core.Text;

/// <summary>
/// A run of <see cref="Length"/> characters copied verbatim from the source text:
/// <c>text[TextStart..+Length] == source[SourceStart..+Length]</c>.
/// </summary>
public readonly record struct TextPiece(int TextStart, int SourceStart, int Length)
{
    public int TextEnd => TextStart + Length;
    public int SourceEnd => SourceStart + Length;
}
