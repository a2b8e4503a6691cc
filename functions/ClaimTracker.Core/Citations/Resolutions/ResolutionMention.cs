using ClaimTracker.Core.Citations.Organs;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>How a resolution is written: by its symbol, in prose after a keyword, or as a resolution text's own title line.</summary>
internal enum ResolutionForm
{
    Symbol,
    Prose,
    TitleLine,
}

/// <summary>
/// A resolution (or decision) the text names, with every piece of evidence the unit itself gives
/// about who adopted it and when. Which organ it is, and so its symbol, is decided from this
/// evidence and, where the unit says too little, from the rest of the document.
/// </summary>
internal sealed record ResolutionMention
{
    /// <summary>Where it is written in the citation text; the first of a list includes its keyword ("Resolutions 822").</summary>
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Where its adoption date ends, when the text gives one after it ("60/251 of 15 March 2006"); else <see cref="End"/>.</summary>
    public int Reach { get; init; }

    public required ResolutionNumber Number { get; init; }

    public required ResolutionForm Form { get; init; }

    /// <summary>A decision (<c>decision 78/548</c>) rather than a resolution.</summary>
    public bool IsDecision { get; init; }

    /// <summary>The organ the symbol or keyword itself names: <c>S/RES/</c>, <c>UNSCR</c>, <c>G.A. Res.</c>.</summary>
    public UnOrgan? Named { get; init; }

    /// <summary>The body written right before the keyword or right after the list: <c>OIC resolution</c>, <c>… of the Security Council</c>.</summary>
    public Body? Adjacent { get; init; }

    /// <summary>The body named nearest before it in the unit, when none is adjacent.</summary>
    public Body? Clause { get; init; }

    /// <summary>How many characters before the keyword <see cref="Clause"/> was named.</summary>
    public int ClauseDistance { get; init; }

    /// <summary>The sentence says <see cref="Clause"/> adopted it: "The Commission …, at its sixty-third session, adopted resolution 63/1".</summary>
    public bool AdoptedByClause { get; init; }

    /// <summary>The year the text gives as its adoption year: <c>(1967)</c>, <c>of 1999</c>, <c>adopted in 1993</c>.</summary>
    public int? StatedYear { get; init; }

    /// <summary>The adoption date the text gives: <c>45/58 P of 4 December 1990</c>.</summary>
    public DateOnly? StatedDate { get; init; }

    /// <summary>The session the text writes beside a pre-1976 Assembly number: <c>XXIX</c>, <c>S-2</c>, <c>ES-V</c>.</summary>
    public string? StatedSession { get; init; }

    /// <summary>A year elsewhere in the clause ("passed after the second test in 2009"): evidence of which organ, never a reason to warn.</summary>
    public int? ClauseYear { get; init; }
}
