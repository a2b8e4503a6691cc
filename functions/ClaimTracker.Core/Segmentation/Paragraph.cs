using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>Consecutive non-blank lines, each trimmed of surrounding whitespace.</summary>
public sealed record Paragraph(IReadOnlyList<TextSpan> Lines);
