using System.Text.RegularExpressions;
using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;
using ClaimTracker.Core.Citations.Resolutions;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// What a whole document says that one unit cannot: whose document it is (a resolution of the
/// Assembly says "its eighty-first session"), and which organ it ties each resolution number to
/// ("UN Security Council Resolution 1546 … Resolution 1546 endorses"). Built once per document
/// version from every unit in reading order; the cite stage, which sees a batch of units, resolves
/// with it exactly as <c>analyze</c> does. Small enough for a table row: at most
/// <see cref="MaxTies"/> ties.
/// </summary>
/// <param name="Organ">The UN organ whose document this is, from its opening lines or a resolution's "The General Assembly," line.</param>
/// <param name="ResolutionOrgan">The one organ every resolution the document places belongs to, if there is one.</param>
/// <param name="Ties">Each resolution number the document places, with the body and the first unit that places it.</param>
public sealed partial record DocumentCitationContext(UnOrgan? Organ, UnOrgan? ResolutionOrgan, IReadOnlyList<ResolutionTie> Ties)
{
    public const int MaxTies = 500;

    /// <summary>The document's organ is named among this many opening units.</summary>
    private const int OpeningUnits = 5;

    public static readonly DocumentCitationContext Empty = new(null, null, []);

    /// <param name="units">Every unit's ordinal and text, in reading order.</param>
    public static DocumentCitationContext Of(IEnumerable<(int Ordinal, string Text)> units)
    {
        var all = units.ToArray();
        var organ = OrganOf(all);
        var opening = new CitationContext(Document: new DocumentCitationContext(organ, null, []));
        var ties = new Dictionary<(int Number, UnOrgan? Organ, bool Strong), ResolutionTie>();
        var organs = new HashSet<UnOrgan>();
        foreach (var (ordinal, unitText) in all)
        {
            var text = CitationText.Of(unitText).Text;
            if (!ResolutionScanner.MayNameAResolution(text))
            {
                continue;
            }
            var mentions = ResolutionScanner.Scan(new CitationInput(text, opening));
            var placed = ResolutionResolver.PlaceLocally(mentions, organ);
            for (var i = 0; i < mentions.Count; i++)
            {
                if (placed[i] is not { } placement || (placement.Body.IsUn && ResolutionSymbols.Cite(mentions[i], placement.Body) is null))
                {
                    continue;
                }
                if (placement is { Strong: true, Body.Organ: UnOrgan.SecurityCouncil or UnOrgan.GeneralAssembly })
                {
                    organs.Add(placement.Body.Organ!.Value);
                }
                var key = (mentions[i].Number.Number, placement.Body.Organ, placement.Strong);
                if (mentions[i].Number.IsPlain && mentions[i].Form == Resolutions.ResolutionForm.Prose && ties.Count < MaxTies && !ties.ContainsKey(key))
                {
                    ties[key] = new ResolutionTie(key.Item1, key.Item2, ordinal, placement.Strong);
                }
            }
        }
        return new DocumentCitationContext(organ, organs.Count == 1 ? organs.Single() : null, [.. ties.Values.OrderBy(t => t.Ordinal).ThenBy(t => t.Number)]);
    }

    /// <summary>
    /// Whether the document ties <paramref name="number"/> to a body (strongly, or only weakly):
    /// the ties in units before <paramref name="ordinal"/> if there are any, else those anywhere.
    /// <paramref name="body"/> is null when the number is tied to two bodies: it stays unresolved.
    /// </summary>
    internal bool TryTied(int number, int ordinal, bool strong, out Body? body)
    {
        UnOrgan? before = null, anywhere = null;
        int countBefore = 0, countAnywhere = 0;
        foreach (var tie in Ties)
        {
            if (tie.Number != number || tie.Strong != strong)
            {
                continue;
            }
            countAnywhere++;
            anywhere = tie.Organ;
            if (tie.Ordinal < ordinal)
            {
                countBefore++;
                before = tie.Organ;
            }
        }
        var (count, organ) = countBefore > 0 ? (countBefore, before) : (countAnywhere, anywhere);
        body = count == 1 ? ToBody(organ) : null;
        return count > 0;
    }

    /// <summary>
    /// The document's only resolution organ, if <paramref name="number"/> is one of its; else the
    /// organ the document is about, where that decides ("Resolution 3236" in a text about the
    /// Assembly: the Council has not reached 3236).
    /// </summary>
    internal Body? OnlyOrganFor(int number)
    {
        if (ResolutionOrgan is { } only)
        {
            return IsNumberOf(only, number) ? Body.Of(only) : null;
        }
        // A bare number in a text about the UN is the Council's if the Council has reached it: the
        // Assembly's resolutions before 1976 are cited with their session ("181 (II)"), the Council's
        // bare ("resolution 242" in a General Debate). A number the Council never reached is the Assembly's.
        return Organ switch
        {
            UnOrgan.SecurityCouncil or UnOrgan.GeneralAssembly when IsNumberOf(UnOrgan.SecurityCouncil, number) => Body.Of(UnOrgan.SecurityCouncil),
            UnOrgan.GeneralAssembly when IsNumberOf(UnOrgan.GeneralAssembly, number) => Body.Of(UnOrgan.GeneralAssembly),
            _ => null,
        };
    }

    private static Body ToBody(UnOrgan? organ) => organ is { } un ? Body.Of(un) : Body.Other(string.Empty);

    private static bool IsNumberOf(UnOrgan organ, int number) => organ switch
    {
        UnOrgan.SecurityCouncil => number >= 1 && number <= ReferenceData.SecurityCouncilResolutions.LastKnown,
        UnOrgan.GeneralAssembly => number >= 1 && number <= ReferenceData.GeneralAssemblyResolutions.LastNumbered,
        _ => false,
    };

    /// <summary>"The General Assembly," opening a resolution's preamble; else the first body the opening units name, if it is a UN organ.</summary>
    private static UnOrgan? OrganOf(IReadOnlyList<(int Ordinal, string Text)> units)
    {
        foreach (var (_, text) in units)
        {
            if (ResolutionSubject().Match(text) is { Success: true } subject)
            {
                return BodyNames.Find(subject.Value.TrimEnd(',')) is [{ Body.Organ: { } organ }] ? organ : null;
            }
        }
        foreach (var (_, text) in units.Take(OpeningUnits))
        {
            // "the Council" counts, as the Security Council; "the Commission" is nobody in particular.
            if (BodyNames.Find(text).FirstOrDefault(b => b.Body.IsUn || !b.Short) is { End: > 0 } first)
            {
                return first.Body.Organ;
            }
        }
        return null;
    }

    /// <summary>
    /// "The General Assembly," opening a preamble, on its own line or run into its first paragraph
    /// ("The General Assembly, Recalling …"); not a sentence of prose ("The Human Rights Council, for its part, …").
    /// </summary>
    [GeneratedRegex(@"^\s*The\s+(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council)\s*,\s*(?:$|(?:Deeply\s+|Gravely\s+|Also\s+)?\p{Lu}\p{Ll}+(?:ing|ed|ful)\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResolutionSubject();
}
