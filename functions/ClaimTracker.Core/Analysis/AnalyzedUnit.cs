using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Analysis;

/// <summary>A unit with the citations found in it, and what a reviewer should know about how they were read.</summary>
public sealed record AnalyzedUnit(Unit Unit, IReadOnlyList<Citation> Citations, IReadOnlyList<string> Warnings);
