namespace ClaimTracker.Core.Citations;

/// <summary>
/// A resolution number the document itself places: "resolution 687 (1991)" ties 687 to the
/// Security Council from that unit on.
/// </summary>
/// <param name="Organ">The organ; null for another body ("The OAU, in resolution 1457").</param>
/// <param name="Ordinal">The first unit that places it.</param>
/// <param name="Strong">Placed by the unit's own words (a symbol, a body beside the keyword, a year), not only by a body named somewhere before it.</param>
public sealed record ResolutionTie(int Number, UnOrgan? Organ, int Ordinal, bool Strong);
