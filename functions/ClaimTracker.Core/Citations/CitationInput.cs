using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// What every recogniser reads: the unit's citation text, the dates and bodies in it (found once,
/// used by several recognisers), what the rest of the document says about the unit, and what the
/// recognisers earlier in the precedence table have cited in it so far.
/// </summary>
/// <param name="Found">
/// A read-only view of the citations placed so far, in the order they were placed; it grows as the
/// table runs. A later recogniser reads it to tie what it finds to a source already cited
/// (<c>resolution 242 (1967) calls for the “withdrawal …”</c>: the quotation is the resolution's).
/// A recogniser copies what it needs before it yields: the view changes as its finds are placed.
/// </param>
internal sealed record CitationInput(string Text, IReadOnlyList<DateMention> Dates, IReadOnlyList<BodyMention> Bodies, CitationContext Context, IReadOnlyList<FoundCitation> Found);
