using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// What every recogniser reads: the unit's citation text, what the rest of the document says about
/// the unit, the dates and bodies the text names (each found once, the first time a recogniser
/// asks: most units need neither), and what the recognisers earlier in the precedence table have
/// cited in it so far.
/// </summary>
/// <param name="found">
/// A read-only view of the citations placed so far, in the order they were placed; it grows as the
/// table runs. A later recogniser reads it to tie what it finds to a source already cited
/// (<c>resolution 242 (1967) calls for the “withdrawal …”</c>: the quotation is the resolution's).
/// A recogniser copies what it needs before it yields: the view changes as its finds are placed.
/// </param>
internal sealed class CitationInput(string text, CitationContext context, IReadOnlyList<FoundCitation>? found = null)
{
    private IReadOnlyList<DateMention>? _dates;
    private IReadOnlyList<BodyMention>? _bodies;

    public string Text => text;

    public CitationContext Context => context;

    public IReadOnlyList<FoundCitation> Found => found ?? [];

    public IReadOnlyList<DateMention> Dates => _dates ??= EnglishDates.Find(text);

    public IReadOnlyList<BodyMention> Bodies => _bodies ??= BodyNames.Find(text, context.DocumentOrEmpty.Organ);
}
