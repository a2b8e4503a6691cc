using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>
/// Who a unit says adopted a resolution. Strong: the unit's own words settle it (a symbol, a
/// body beside the keyword, a number written the Assembly's way, a year reference data ties to
/// one organ). Weak: only a body named somewhere before it, or a year elsewhere in the clause;
/// the document's strong placement of the same number outranks it.
/// </summary>
internal readonly record struct Placement(Body Body, bool Strong);
