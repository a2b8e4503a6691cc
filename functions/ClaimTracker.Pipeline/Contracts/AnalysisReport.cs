namespace ClaimTracker.Pipeline.Contracts;

/// <summary>What <c>claimtracker analyze FILE --format json</c> prints.</summary>
public sealed record AnalysisReport(DocumentReport Document, IReadOnlyList<UnitReport> Units);
