namespace ClaimTracker.Core.Citations;

/// <summary>What a unit cites, and what a reviewer should know about how it was read.</summary>
/// <param name="Warnings">For example a recogniser that could not finish the unit: some citations may be missing.</param>
public sealed record UnitCitations(IReadOnlyList<Citation> Citations, IReadOnlyList<string> Warnings)
{
    public static readonly UnitCitations None = new([], []);
}
