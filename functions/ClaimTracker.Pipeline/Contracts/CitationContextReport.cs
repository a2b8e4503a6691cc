namespace ClaimTracker.Pipeline.Contracts;

/// <summary>
/// A document version's citation context as the Documents table stores it, for the cite stage:
/// compact, because a busy document ties hundreds of resolution numbers.
/// </summary>
/// <param name="Organ">Wire name of the organ whose document it is: <c>general-assembly</c>.</param>
/// <param name="ResolutionOrgan">Wire name of the only organ its resolutions belong to.</param>
/// <param name="Ties">Four numbers a tie: resolution number, organ (0 another body, 1 Council, 2 Assembly, 3 Human Rights Council), first unit, strong (1) or weak (0).</param>
public sealed record CitationContextReport(string? Organ, string? ResolutionOrgan, int[] Ties);
