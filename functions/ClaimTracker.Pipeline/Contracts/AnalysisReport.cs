namespace ClaimTracker.Pipeline.Contracts;

/// <summary>What <c>claimtracker analyze FILE --format json</c> prints.</summary>
/// <param name="Discarded">What was left out of every unit on purpose (page numbers, dropped hyphens…): with the units' spans, it accounts for every non-whitespace character.</param>
public sealed record AnalysisReport(DocumentReport Document, IReadOnlyList<UnitReport> Units, IReadOnlyList<ArtefactReport> Discarded);
