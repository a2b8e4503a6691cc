using ClaimTracker.Core.Layout;

namespace ClaimTracker.Core.Analysis;

/// <summary>Every unit of a document with its citations, and what was left out as artefacts.</summary>
public sealed record DocumentAnalysis(IReadOnlyList<AnalyzedUnit> Units, IReadOnlyList<Artefact> Discarded);
