using ClaimTracker.Core.Citations.Organs;
using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>
/// Decides who adopted each resolution a unit names, in the manner of eyecite's resolve step.
/// First from what the unit says (<see cref="Placement"/>), strongest evidence first: the symbol
/// or keyword itself (<c>S/RES/</c>, <c>UNSCR</c>), the body written beside it (<c>OIC resolution</c>),
/// the way the number is written (<c>62/243</c> and <c>194 (III)</c> are the Assembly's), a stated
/// year that reference data ties to one organ (<c>478 (1980)</c> is the Council's), the same
/// number placed earlier in the unit; then, weakly, the body named nearest before it or a year
/// elsewhere in the clause. What the unit leaves open or only suggests is settled by the document
/// (<see cref="DocumentCitationContext"/>): the organ it ties the same number to, earlier units
/// first. A number tied to two bodies stays unresolved, and so does one the document gives no
/// reason to place.
/// </summary>
internal static class ResolutionResolver
{
    /// <summary>A body named this close before a session-numbered resolution is the one that adopted it ("the OIC (resolutions 6/20 and 21/14)").</summary>
    private const int SessionalClauseReach = 80;

    /// <summary>The first session whose resolutions the Assembly numbered by session (31/1, 1976).</summary>
    private const int FirstSessionalSession = 31;

    /// <summary>A resolution placed further back than this says nothing of a bare number's body (the same reach as a body's name).</summary>
    private const int PreviousReach = 300;

    /// <summary>What the unit alone says of each mention, in order; null where it says nothing.</summary>
    public static Placement?[] PlaceLocally(IReadOnlyList<ResolutionMention> mentions, UnOrgan? documentOrgan)
    {
        var placed = new Placement?[mentions.Count];
        // A resolution the unit's own words placed names its body as well as any name does:
        // "S/RES/1244 (1999) and resolution 1267" are both the Council's, and "resolution 687 (1991)
        // … resolution 687" the same resolution twice. Only strong placements count, so a guess is
        // never passed on down a list.
        (int End, Body Body)? previous = null;
        var byNumber = new Dictionary<ResolutionNumber, Body>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            placed[i] = Local(m, previous is { } p && p.End <= m.Start ? p : null, byNumber.TryGetValue(m.Number, out var same) ? same : null, documentOrgan);
            if (placed[i] is { Strong: true } strong)
            {
                previous = (m.End, strong.Body);
                byNumber.TryAdd(m.Number, strong.Body);
            }
        }
        return placed;
    }

    /// <summary>
    /// The body of a mention: the unit's strong evidence, else the document's strong placement of
    /// the number, else the unit's weak evidence, else the document's weak placement or its only
    /// resolution organ. Null where none of these tells, or where the document places the number
    /// with two bodies.
    /// </summary>
    public static Body? Resolve(ResolutionMention mention, Placement? local, CitationContext context)
    {
        if (local is { Strong: true } strong)
        {
            return strong.Body;
        }
        if (!mention.Number.IsPlain || mention.Form != ResolutionForm.Prose)
        {
            return local?.Body;
        }
        var document = context.DocumentOrEmpty;
        var number = mention.Number.Number;
        if (document.TryTied(number, context.Ordinal, strong: true, out var tied))
        {
            return tied;
        }
        if (local is { } weak)
        {
            return weak.Body;
        }
        return document.TryTied(number, context.Ordinal, strong: false, out var suggested) ? suggested : document.OnlyOrganFor(number);
    }

    private static Placement? Local(ResolutionMention m, (int End, Body Body)? previous, Body? sameNumber, UnOrgan? documentOrgan)
    {
        if (m.Named is { } named)
        {
            return Strong(Body.Of(named));
        }
        if (m.StatedSession is { } written && m.Adjacent is not { IsUn: false })
        {
            // A roman session is the Assembly's way, before 1976; a later one ("1503 (XLVIII)") is the Economic and Social Council's.
            return Strong(AssemblySession.Plausible(written) ? Body.Of(UnOrgan.GeneralAssembly) : Body.Other(string.Empty));
        }
        if (m.Adjacent is { } adjacent)
        {
            // "resolutions 60/180 and 1645 (2005) of the General Assembly and of the Security Council":
            // a year reference data gives to the other organ outranks the body written beside a list.
            return Strong(adjacent.IsUn && m.Number.IsPlain && (m.StatedYear ?? m.StatedDate?.Year) is { } given && ByYear(m.Number.Number, given) is { } byYear ? byYear : adjacent);
        }
        var clause = NearestClause(m, previous);
        if (m.Number.OtherNumbering)
        {
            // "resolution 1998/53", "resolution 3/11-P": a commission's, the Economic and Social Council's, the OIC's; never the Assembly's.
            return Strong(clause is { Body.IsUn: false } other ? other.Body : Body.Other(string.Empty));
        }
        if (m.Number.IsSessional)
        {
            // A number the Assembly could have written (session 31 on) is another body's only where that body is written
            // beside it or adopts it ("The Commission …, at its session, adopted resolution 63/1"); a lower session is no
            // Assembly symbol, so a body named close before may own it ("the OIC (resolutions 6/20)"). In a document of
            // the Human Rights Council its numbers are the Council's unless the Assembly is named.
            var assemblyLike = m.Number.SessionKind != AssemblySessionKind.Regular || m.Number.Session >= FirstSessionalSession;
            if (clause is { Distance: <= SessionalClauseReach, Body: var near } && (near.IsUn || m.AdoptedByClause || clause.Value.Placed || !assemblyLike))
            {
                return Strong(near.Organ == UnOrgan.SecurityCouncil ? Body.Of(documentOrgan == UnOrgan.HumanRightsCouncil ? UnOrgan.HumanRightsCouncil : UnOrgan.GeneralAssembly) : near);
            }
            return Strong(Body.Of(documentOrgan == UnOrgan.HumanRightsCouncil ? UnOrgan.HumanRightsCouncil : UnOrgan.GeneralAssembly));
        }
        if (m.Form == ResolutionForm.TitleLine)
        {
            return documentOrgan is UnOrgan.GeneralAssembly or UnOrgan.HumanRightsCouncil ? Strong(Body.Of(documentOrgan.Value)) : null;
        }
        var n = m.Number.Number;
        var year = m.StatedYear ?? m.StatedDate?.Year;
        if (year is { } stated && ByYear(n, stated) is { } byStated)
        {
            return Strong(byStated);
        }
        if (sameNumber is { } same)
        {
            return Strong(same);
        }
        if (clause is { Body: var body })
        {
            return new Placement(body, Strong: false);
        }
        if (year is not null)
        {
            // "N (YYYY)" is how the Council writes its resolutions.
            return Strong(Body.Of(UnOrgan.SecurityCouncil));
        }
        return m.ClauseYear is { } clauseYear && ByYear(n, clauseYear) is { } byClause ? new Placement(byClause, Strong: false) : null;
    }

    private static Placement Strong(Body body) => new(body, Strong: true);

    /// <summary>The organ whose resolution <paramref name="number"/> was adopted in <paramref name="year"/>, when only one fits.</summary>
    private static Body? ByYear(int number, int year)
    {
        var council = SecurityCouncilResolutions.YearOf(number) == year;
        var assembly = GeneralAssemblyResolutions.Of(number) is { } block && block.YearFrom <= year && year <= block.YearTo;
        return council == assembly ? null : Body.Of(council ? UnOrgan.SecurityCouncil : UnOrgan.GeneralAssembly);
    }

    /// <summary>The nearer of the body named before the mention and the resolution placed before it.</summary>
    /// <returns>The body and how far before it stands; <c>Placed</c> where it is a resolution placed earlier, not a name.</returns>
    private static (int Distance, Body Body, bool Placed)? NearestClause(ResolutionMention m, (int End, Body Body)? previous)
    {
        (int Distance, Body Body, bool Placed)? named = m.Clause is { } clause ? (m.ClauseDistance, clause, false) : null;
        (int Distance, Body Body, bool Placed)? earlier = previous is { } p && m.Start - p.End <= PreviousReach ? (Math.Max(0, m.Start - p.End), p.Body, true) : null;
        return (named, earlier) switch
        {
            (null, _) => earlier,
            (_, null) => named,
            ({ } a, { } b) => a.Distance <= b.Distance ? a : b,
        };
    }
}
