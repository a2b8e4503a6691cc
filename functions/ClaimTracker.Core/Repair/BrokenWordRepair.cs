namespace ClaimTracker.Core.Repair;

/// <param name="Known">The decision rests on a known word; otherwise it is a guess that joins.</param>
public readonly record struct BrokenWordRepair(BrokenWordMend Mend, bool Known);
