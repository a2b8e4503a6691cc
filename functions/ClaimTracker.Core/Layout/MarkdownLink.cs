using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>A Markdown link, <c>[Label](Target)</c>: the label is text, the target an artefact the label's unit cites.</summary>
public readonly record struct MarkdownLink(TextSpan Label, TextSpan Target);
