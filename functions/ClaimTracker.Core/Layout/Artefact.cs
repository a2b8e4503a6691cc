using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>A range of the extracted text left out of every unit on purpose, and why.</summary>
public readonly record struct Artefact(TextSpan Span, ArtefactKind Kind);
