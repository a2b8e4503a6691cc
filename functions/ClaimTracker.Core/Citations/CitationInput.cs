using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// What every recogniser reads: the unit's citation text, what the rest of the document says about
/// the unit, and the dates and bodies the text names, each found once, the first time a recogniser
/// asks (most units need neither).
/// </summary>
internal sealed class CitationInput(string text, CitationContext context)
{
    private IReadOnlyList<DateMention>? _dates;
    private IReadOnlyList<BodyMention>? _bodies;

    public string Text => text;

    public CitationContext Context => context;

    public IReadOnlyList<DateMention> Dates => _dates ??= EnglishDates.Find(text);

    public IReadOnlyList<BodyMention> Bodies => _bodies ??= BodyNames.Find(text, context.DocumentOrEmpty.Organ);
}
