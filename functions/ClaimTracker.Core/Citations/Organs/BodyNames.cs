using System.Text.RegularExpressions;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Citations.Organs;

/// <summary>
/// Finds the bodies a text names: the UN organs (<c>Security Council</c>, <c>UNGA</c>, <c>the
/// United Nations General Assembly</c>, <c>THE SECURITY COUNCIL</c>, and "the Council" or "this
/// Assembly" for short) and other bodies that adopt resolutions of their own: regional
/// organisations (<c>OAU</c>, <c>Organization of the Islamic Conference</c>, <c>League of Arab
/// States</c>), parliaments (<c>European Parliament</c>, <c>the Knesset</c>, <c>US Congress</c>) and any
/// capitalised name of a council, assembly, commission or conference (<c>Palestine National
/// Council</c>). An organ's name after another body's acronym is that body's: "OAS General Assembly".
/// </summary>
internal static partial class BodyNames
{
    /// <param name="documentOrgan">The organ the document is about: "the Council" in a text of the Human Rights Council is that Council.</param>
    public static IReadOnlyList<BodyMention> Find(string text, UnOrgan? documentOrgan = null)
    {
        if (!MayNameABody(text))
        {
            return [];
        }
        var found = new List<BodyMention>();
        var taken = new SpanSet();
        foreach (Match m in UnOrganName().Matches(text))
        {
            // "OAS General Assembly", "the AU Peace and Security Council", "the General Assembly of States Parties" are others'.
            var owner = OwnerBefore().Match(text.AsSpan(Math.Max(0, m.Index - 16), Math.Min(16, m.Index)).ToString());
            var ofOthers = OfOthers().Match(text, m.Index + m.Length);
            var end = ofOthers.Success ? ofOthers.Index + ofOthers.Length : m.Index + m.Length;
            var body = owner.Success || ofOthers.Success ? Body.Other(Squash(text[(owner.Success ? m.Index - owner.Length : m.Index)..end]).Trim()) : Body.Of(OrganOf(m));
            found.Add(new BodyMention(m.Index, end, body));
            taken.Add(m.Index, end);
        }
        foreach (Match m in OtherBody().Matches(text))
        {
            if (!taken.Overlaps(m.Index, m.Index + m.Length))
            {
                found.Add(new BodyMention(m.Index, m.Index + m.Length, Body.Other(Squash(m.Value))));
                taken.Add(m.Index, m.Index + m.Length);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var named = found.Count;
        foreach (Match m in ShortName().Matches(text))
        {
            if (!taken.Overlaps(m.Index, m.Index + m.Length))
            {
                var body = char.ToUpperInvariant(m.Value[0]) switch
                {
                    'C' when char.ToUpperInvariant(m.Value[2]) == 'U' => Body.Of(CouncilMeant(found, named, m.Index, documentOrgan)),
                    'A' => Body.Of(UnOrgan.GeneralAssembly),
                    _ => Body.Other(m.Value),
                };
                found.Add(new BodyMention(m.Index, m.Index + m.Length, body, Short: true));
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>"The Council": in a document of the Human Rights Council that Council; else the last UN council the unit named before it, else the Security Council.</summary>
    private static UnOrgan CouncilMeant(List<BodyMention> named, int count, int position, UnOrgan? documentOrgan)
    {
        if (documentOrgan == UnOrgan.HumanRightsCouncil)
        {
            return UnOrgan.HumanRightsCouncil;
        }
        for (var i = count - 1; i >= 0; i--)
        {
            if (named[i].End <= position && named[i].Body.Organ is UnOrgan.SecurityCouncil or UnOrgan.HumanRightsCouncil)
            {
                return named[i].Body.Organ!.Value;
            }
        }
        return UnOrgan.SecurityCouncil;
    }

    /// <summary>The body named nearest before <paramref name="position"/>, a named body outranking a short "the Council" before it.</summary>
    public static BodyMention? NearestBefore(IReadOnlyList<BodyMention> mentions, int position)
    {
        for (var i = FirstAtOrAfter(mentions, position) - 1; i >= 0; i--)
        {
            if (mentions[i].End <= position)
            {
                return mentions[i];
            }
        }
        return null;
    }

    /// <summary>
    /// A body the sentence creates, addresses or counts members of, which therefore is not the one
    /// acting: "resolved to create a Human Rights Council", "called upon the Council", "members of the Council".
    /// </summary>
    public static bool IsObject(string text, BodyMention body) =>
        ObjectOfVerb().IsMatch(text.AsSpan(Math.Max(0, body.Start - 40), Math.Min(40, body.Start)));

    /// <summary>The body named starting exactly at <paramref name="position"/>.</summary>
    public static BodyMention? StartingAt(IReadOnlyList<BodyMention> mentions, int position) =>
        FirstAtOrAfter(mentions, position) is var i && i < mentions.Count && mentions[i].Start == position ? mentions[i] : null;

    /// <summary>The first body named at or after <paramref name="position"/>.</summary>
    public static BodyMention? FirstAfter(IReadOnlyList<BodyMention> mentions, int position) =>
        FirstAtOrAfter(mentions, position) is var i && i < mentions.Count ? mentions[i] : null;

    /// <summary>Mentions are in text order and do not overlap: a binary search finds the first starting at or after a position.</summary>
    private static int FirstAtOrAfter(IReadOnlyList<BodyMention> mentions, int position) => Sorted.FirstAtOrAfter(mentions, position, m => m.Start);

    private static UnOrgan OrganOf(Match m) =>
        m.Groups["sc"].Success ? UnOrgan.SecurityCouncil : m.Groups["ga"].Success ? UnOrgan.GeneralAssembly : UnOrgan.HumanRightsCouncil;

    private static string Squash(string name) => Whitespace().Replace(name, " ");

    private static bool MayNameABody(string text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The UN organs by name, in any case (texts in capitals), with the UN's own name before them.</summary>
    [GeneratedRegex(
        @"\b(?:(?:UN|U\.N\.|United\s+Nations)\s+)?(?:(?<sc>Security\s+Council)|(?<ga>General\s+Assembly)|(?<hrc>Human\s+Rights\s+Council))\b|(?<sc>\bUNSC\b|\bUN\s+SC\b)|(?<ga>\bUNGA\b|\bUN\s+GA\b)|(?<hrc>\bHRC\b)",
        RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnOrganName();

    /// <summary>Another body's acronym or name right before an organ's: "OAS General Assembly", "Peace and Security Council".</summary>
    [GeneratedRegex(@"(?:\b(?<owner>OAS|OAU|AU|OIC|IAEA|IPU|NATO|OSCE|WHO|ILO|UNESCO|EU)|\b(?<owner>Peace\s+and))\s+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnerBefore();

    /// <summary>"General Assembly of States Parties", "General Assembly of the OAS": an assembly of something other than the United Nations.</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?!United\s+Nations\b)(?:States\s+Parties|[A-Z][\p{L}-]+)(?:\s+(?:to\s+the\s+)?[A-Z][\p{L}-]+){0,4}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfOthers();

    /// <summary>
    /// Bodies whose resolutions are their own: organisations "of" something, acronyms of
    /// intergovernmental bodies, national parliaments, and any capitalised name ending in a word
    /// for a deliberating body ("Palestine National Council", "OAU Assembly").
    /// </summary>
    [GeneratedRegex(
        @"\bOrgani[sz]ation\s+of\s+(?:the\s+)?(?:[A-Z][\p{L}-]+\s+){0,3}[A-Z][\p{L}-]+" +
        @"|\bLeague\s+of\s+(?:Arab\s+States|Nations)\b|\bCouncil\s+of\s+(?:Europe|Ministers)\b|\bAssembly\s+of\s+(?:the\s+)?Heads\s+of\s+State(?:\s+and\s+Government)?" +
        @"|\bEconomic\s+and\s+Social\s+Council\b|\bCommission\s+on\s+(?:Human\s+Rights|the\s+Status\s+of\s+Women)\b" +
        @"|\b(?:(?!(?:The|THE|This|THIS|That|THAT|Its|ITS|Their|Our|An?|In|IN|On|At|By|Of|And|For|To|As|Recalling|Reaffirming|Noting|Welcoming|Recognizing|Recognising|Expressing|Bearing|Taking|Having|Guided|Emphasizing|Stressing|Urging)\b)[A-Z][\p{L}'’-]*\s+){1,4}(?i:Council|Assembly|Parliament|Congress|Conference|(?:Sub-)?Commission|(?:Sub-)?Committee|League|Union|Movement|Summit|Board)\b" +
        @"|\b(?:Sub-)?(?:Commission|Committee|Conference|Board)\s+(?:on|for)\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+(?:(?:and|of|the|on)\s+)?[A-Z][\p{L}-]+){0,5}" +
        @"|\b(?:OAU|AU|OIC|OAS|EU|ECOWAS|SADC|ASEAN|NATO|OSCE|PACE|IAEA|WHA|UNESCO|ILO|ICAO|IMO|GCC|CIS|IPU|ECOSOC|NAM|IGAD|CARICOM|OPEC|CSTO|CoE)\b" +
        @"|\b(?:Congress|Senate|Knesset|Duma|Bundestag|Verkhovna\s+Rada|Milli\s+Majlis|Majlis|House\s+of\s+(?:Representatives|Commons|Lords)|House)\b",
        RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherBody();

    /// <summary>
    /// "the Council", "this Assembly": a UN organ named before, in a UN context; "the Commission",
    /// "the Committee": some other body, whose sessions and resolutions are its own.
    /// </summary>
    [GeneratedRegex(@"(?<=\b(?:[Tt]he|[Tt]his|[Tt]hat|THE|THIS|THAT)\s+)(?:Council|COUNCIL|Assembly|ASSEMBLY|(?:Sub-)?Commission|COMMISSION|(?:Sub-)?Committee|COMMITTEE|Conference|CONFERENCE|Board|BOARD|Congress|CONGRESS|Parliament|PARLIAMENT|League|LEAGUE)\b(?!\s+(?:of|OF)\b)|(?<!\p{Lu}[\p{L}-]*\s+)(?:Council|Assembly)(?=\s+(?:resolution|decision)s?\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ShortName();

    [GeneratedRegex(@"\b(?:members\s+of|membership\s+of|creat(?:e|ed|es|ing)|establish(?:ed|es|ing)?|set\s+up|request(?:ed|s|ing)?|invit(?:e|ed|es|ing)|call(?:ed|s|ing)?\s+(?:up)?on|urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?|mandat(?:e|ed|es|ing)|authori[sz](?:e|ed|es|ing)|replac(?:e|ed|es|ing)|succeed(?:ed|s)?)\s+(?:(?:the|a|an)\s+)?(?:(?:new|former)\s+)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ObjectOfVerb();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
