using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// What every recogniser reads: the unit's citation text, the dates in it (found once, used by
/// several recognisers), the bodies it names, and what the rest of the document says about the unit.
/// </summary>
internal sealed class CitationInput(string text, IReadOnlyList<DateMention> dates, CitationContext context)
{
    private IReadOnlyList<BodyMention>? _bodies;

    public string Text => text;

    public IReadOnlyList<DateMention> Dates => dates;

    public CitationContext Context => context;

    /// <summary>The bodies the unit names, found the first time a recogniser asks: most units never need them.</summary>
    public IReadOnlyList<BodyMention> Bodies => _bodies ??= BodyNames.Find(text, context.DocumentOrEmpty.Organ);
}
