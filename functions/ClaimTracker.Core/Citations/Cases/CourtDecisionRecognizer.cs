using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Cases;

/// <summary>
/// Advisory opinions, judgments and orders of the International Court of Justice, cited as
/// <c>ICJ {Advisory Opinion|Judgment|Order}[, {title}][ {date}]</c>: the decision, the title the
/// text gives it, and its date in ISO 8601 (a year where only the year is given).
/// <list type="bullet">
/// <item><c>the advisory opinion of the International Court of Justice of 9 July 2004</c> → <c>ICJ Advisory Opinion 2004-07-09</c></item>
/// <item><c>the Court's Advisory Opinion on the Legal Consequences of the Construction of a Wall …</c> →
/// <c>ICJ Advisory Opinion, Legal Consequences of the Construction of a Wall …</c></item>
/// <item><c>the ICJ judgment of 26 February 2007</c> → <c>ICJ Judgment 2007-02-26</c>; <c>the 1996 advisory opinion of the ICJ</c> → <c>ICJ Advisory Opinion 1996</c></item>
/// </list>
/// "The Court" is the ICJ only where the unit names it, or in "the Court's Advisory Opinion"
/// written as a title: "the Supreme Court's judgment" and "the Court's ruling" elsewhere are not
/// cited. Cases by their parties (<c>Nicaragua v. United States</c>) are <see cref="CourtCaseRecognizer"/>'s.
/// </summary>
internal sealed partial class CourtDecisionRecognizer : ICitationRecognizer
{
    /// <summary>How many words a decision's title may run to: the Wall opinion's title has fourteen.</summary>
    private const int MaxTitleWords = 24;

    public static readonly CourtDecisionRecognizer Instance = new();

    public string Finds => "decisions of the International Court of Justice";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        if (!text.Contains("Court", StringComparison.Ordinal) && !text.Contains("ICJ", StringComparison.Ordinal) && !text.Contains("I.C.J.", StringComparison.Ordinal))
        {
            return [];
        }
        var icjNamed = IcjName().IsMatch(text);
        // Parties already cited ("Bosnia and Herzegovina v. Serbia") end a decision's title.
        var cases = input.Found.Where(f => f.Kind == CitationKind.CourtCase).ToArray();
        var found = new List<FoundCitation>();
        foreach (var pattern in new[] { CourtFirst(), DecisionFirst() })
        {
            foreach (Match head in pattern.Matches(text))
            {
                if (!IsTheIcj(text, head, icjNamed) || found.Any(f => f.Start < head.Index + head.Length && head.Index < f.End))
                {
                    continue;
                }
                found.Add(Decision(input, head, cases));
            }
        }
        return found.OrderBy(f => f.Start);
    }

    /// <summary>"The Court" is the ICJ where the unit names it, or in "the Court's Advisory Opinion".</summary>
    private static bool IsTheIcj(string text, Match head, bool icjNamed)
    {
        var court = head.Groups["court"];
        if (court.Value != "Court")
        {
            return true;
        }
        var the = TheBefore().IsMatch(text.AsSpan(0, court.Index));
        return the && (icjNamed || head.Groups["decision"].Value.StartsWith("Advisory Opinion", StringComparison.Ordinal));
    }

    private static FoundCitation Decision(CitationInput input, Match head, IReadOnlyList<FoundCitation> cases)
    {
        var text = input.Text;
        var start = head.Index;
        var end = head.Index + head.Length;
        string? date = head.Groups["year"].Success ? head.Groups["year"].Value : null;
        string? title = null;

        // "the 9 July 2004 advisory opinion of the ICJ": a date written just before it, or ending in the year it starts with.
        var yearGroup = head.Groups["year"];
        foreach (var mention in input.Dates)
        {
            var before = mention.End <= start && string.IsNullOrWhiteSpace(text[mention.End..start]);
            var holdsYear = yearGroup.Success && mention.Start < yearGroup.Index && mention.End == yearGroup.Index + yearGroup.Length;
            if (mention is { Year: { } year, Day: not null } && (before || holdsYear))
            {
                date = mention.Iso(year);
                start = Math.Min(start, mention.Start);
            }
        }
        // Its date and title after it, in either order: "of 9 July 2004 on the Legal Consequences …".
        for (var part = 0; part < 2; part++)
        {
            if (date is null && DateAfter(input, end) is { } dated)
            {
                (date, end) = dated;
            }
            else if (title is null && TitleAfter(text, end, cases) is { } named)
            {
                (title, end) = named;
            }
        }

        var canonical = $"ICJ {DecisionName(head.Groups["decision"].Value)}"
            + (title is null ? string.Empty : $", {title}")
            + (date is null ? string.Empty : $" {date}");
        return new FoundCitation(CitationKind.CourtCase, canonical, start, end, null);
    }

    private static (string Iso, int End)? DateAfter(CitationInput input, int position)
    {
        var lead = DateLead().Match(input.Text, position);
        if (!lead.Success)
        {
            return null;
        }
        if (lead.Groups["year"].Success)
        {
            return (lead.Groups["year"].Value, lead.Index + lead.Length);
        }
        var at = lead.Index + lead.Length;
        foreach (var mention in input.Dates)
        {
            if (mention.Start == at && mention.Year is { } year && mention.Day is not null)
            {
                return (mention.Iso(year), mention.End);
            }
        }
        return null;
    }

    /// <summary>The title after "on", "concerning" or "in the case concerning", cut short of parties already cited.</summary>
    private static (string Title, int End)? TitleAfter(string text, int position, IReadOnlyList<FoundCitation> cases)
    {
        var lead = TitleLead().Match(text, position);
        if (!lead.Success)
        {
            return null;
        }
        var title = lead.Groups["title"];
        var end = title.Index + title.Length;
        foreach (var party in cases)
        {
            if (party.Start > title.Index && party.Start < end)
            {
                end = party.Start;
            }
        }
        if (end < title.Index + title.Length)
        {
            // "Application of the Genocide Convention (Bosnia and Herzegovina v. Serbia …)": the words before the parties.
            var cut = Title().Match(text, title.Index, end - title.Index);
            if (!cut.Success)
            {
                return null;
            }
            end = cut.Index + cut.Length;
        }
        var words = Squash(text[title.Index..end]);
        return words.Split(' ').Length <= MaxTitleWords ? (words, end) : null;
    }

    private static string DecisionName(string decision) => decision.ToLowerInvariant() switch
    {
        var d when d.StartsWith("advisory", StringComparison.Ordinal) => "Advisory Opinion",
        var d when d.StartsWith("order", StringComparison.Ordinal) => "Order",
        _ => "Judgment",
    };

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim();

    private const string Court = @"(?<court>International\s+Court\s+of\s+Justice|ICJ|I\.C\.J\.|World\s+Court|Court)";

    private const string DecisionWord = @"(?<decision>[Aa]dvisory\s+[Oo]pinions?|[Jj]udge?ments?|[Oo]rders?|[Rr]ulings?)";

    /// <summary>
    /// <c>the ICJ's advisory opinion</c>, <c>the Court's 2004 Advisory Opinion</c>, <c>the International Court
    /// of Justice judgment</c>, <c>the International Court of Justice delivered its advisory opinion</c>.
    /// </summary>
    [GeneratedRegex(@"\b" + Court + @"(?:['’]s)?\s+(?:(?:delivered|issued|gave|rendered|handed\s+down)\s+(?:its|an?)\s+)?(?:(?<year>(?:19|20)\d\d)\s+)?" + DecisionWord + @"\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CourtFirst();

    /// <summary><c>the advisory opinion of the International Court of Justice</c>, <c>the 1996 judgment of the ICJ</c>.</summary>
    [GeneratedRegex(@"\b(?:(?<year>(?:19|20)\d\d)\s+)?" + DecisionWord + @"\s+(?:of|by|from)\s+the\s+" + Court + @"\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DecisionFirst();

    /// <summary><c> of 9 July 2004</c>, <c>, delivered on</c>, <c> of 2004</c>: a date follows.</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:(?:of|on|dated|(?:delivered|given|issued|rendered|handed\s+down)\s+on)\s+(?=\d|[A-Z])|(?:of|in)\s+(?<year>(?:19|20)\d\d)\b(?!\s*[\d)]))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateLead();

    /// <summary><c> on the Legal Consequences of the Construction of a Wall in the Occupied Palestinian Territory</c>.</summary>
    /// <summary>Capitalised words, with a small word and an article between them but never at the end: <c>Legality of the Threat or Use of Nuclear Weapons</c>.</summary>
    private const string TitlePattern = @"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\p{L}'’-]*(?:(?:\s+in\s+respect\s+of|\s+(?:of|in|on|and|or|for|to|by|with|from|under|concerning|between|against)(?:\s+(?:the|a|an|certain))?)?\s+[A-Z][\p{L}'’-]*){0,23}";

    /// <summary><c> on the Legal Consequences of the Construction of a Wall in the Occupied Palestinian Territory</c>.</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:on|concerning|regarding|in\s+the\s+(?:case|matter)\s+(?:concerning|of))\s+(?:the\s+)?(?<title>" + TitlePattern + ")", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleLead();

    [GeneratedRegex(@"\G" + TitlePattern, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Title();

    [GeneratedRegex(@"\b(?:International\s+Court\s+of\s+Justice|ICJ|I\.C\.J\.|World\s+Court)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IcjName();

    [GeneratedRegex(@"\b[Tt]he\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
