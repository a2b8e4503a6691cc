namespace ClaimTracker.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 code units in the extracted text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}
