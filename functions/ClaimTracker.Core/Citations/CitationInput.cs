using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// What every recogniser reads: the unit's citation text, the dates and bodies in it (found once,
/// used by several recognisers), and what the rest of the document says about the unit.
/// </summary>
internal sealed record CitationInput(string Text, IReadOnlyList<DateMention> Dates, IReadOnlyList<BodyMention> Bodies, CitationContext Context);
