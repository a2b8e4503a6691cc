using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Analysis;

/// <summary>A unit with the citations found in it.</summary>
public sealed record AnalyzedUnit(Unit Unit, IReadOnlyList<Citation> Citations);
