using ClaimTracker.Core.Layout;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// A document split into units, with the artefacts left out of them. Every non-whitespace
/// character of the extracted text lies in exactly one unit's spans or one artefact.
/// </summary>
public sealed record SegmentedDocument(IReadOnlyList<Unit> Units, IReadOnlyList<Artefact> Discarded);
