using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Dates;

/// <summary>
/// Sources that a date identifies: statements, addresses and decrees (<c>presidential decree
/// dated 7 July 2021</c>), agreements and memoranda (<c>a Memorandum was signed on 11 November
/// 2020</c>), and events (<c>Munich Security Conference on 15 February 2020</c>). The source is
/// named by the nearest word of its kind in the clause, with the words that qualify it; a date
/// with no such word is an event of that date. A date without a year takes the year of an
/// earlier date in the unit, else the year the document is talking about (the context).
/// </summary>
internal sealed partial class DatedSourceRecognizer : ICitationRecognizer
{
    private const int LookBehind = 160;
    private const int LookAhead = 90;

    public static readonly DatedSourceRecognizer Instance = new();

    public string Finds => "dated statements, agreements and events";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var (text, dates, contextYear) = (input.Text, input.Dates, input.Context.Year);
        int? lastYear = null;
        foreach (var date in dates)
        {
            var year = date.Year ?? lastYear ?? contextYear;
            lastYear = date.Year ?? lastYear;
            if (year is not { } known || (date.Day is null && date.Year is null) || AdoptionDate().IsMatch(text.AsSpan(Math.Max(0, date.Start - 60), Math.Min(60, date.Start))))
            {
                continue;
            }

            var iso = date.Iso(known);
            var clauseStart = ClauseStart(text, date.Start);
            var clauseEnd = ClauseEnd(text, date.End);
            var (kind, name, nameStart, nameEnd) = NearestSource(text, clauseStart, date.Start, date.End, clauseEnd);
            var canonical = name is null ? iso : $"{Capitalise(name)} {iso}";
            var start = name is null ? date.Start : Math.Min(nameStart, date.Start);
            var end = name is null ? date.End : Math.Max(nameEnd, date.End);
            yield return new FoundCitation(kind, canonical, start, end, null) { Narrowest = (date.Start, date.End) };
        }
    }

    /// <summary>The nearest word naming a source before the date in its clause, else after it.</summary>
    private static (CitationKind Kind, string? Name, int Start, int End) NearestSource(string text, int clauseStart, int dateStart, int dateEnd, int clauseEnd)
    {
        Match? before = null;
        for (var m = SourceWord().Match(text, clauseStart, dateStart - clauseStart); m.Success; m = m.NextMatch())
        {
            before = m;
        }
        var chosen = before ?? (SourceWord().Match(text, dateEnd, clauseEnd - dateEnd) is { Success: true } after ? after : null);
        if (chosen is null)
        {
            return (CitationKind.Event, null, dateStart, dateEnd);
        }
        var kind = chosen.Groups["treaty"].Success ? CitationKind.Treaty
            : chosen.Groups["statement"].Success ? CitationKind.OfficialStatement
            : CitationKind.Event;
        var (start, end) = Qualified(text, chosen, clauseStart, chosen.Index < dateStart ? dateStart : clauseEnd);
        return (kind, Squash(text[start..end]), start, end);
    }

    /// <summary>
    /// The source word with what names it: up to three qualifying words before it (<c>Munich
    /// Security Conference</c>, <c>trilateral statement</c>) and an "of the …" naming its author or
    /// body after it, stopping at the date or a verb-like word.
    /// </summary>
    private static (int Start, int End) Qualified(string text, Match word, int limitLeft, int limitRight)
    {
        var start = word.Index;
        for (var taken = 0; taken < 3; taken++)
        {
            var previous = PreviousWord(text, start, limitLeft);
            if (previous is not { } p || !IsQualifier(text[p.Start..p.End]))
            {
                break;
            }
            start = p.Start;
        }
        var end = word.Index + word.Length;
        var of = OfBody().Match(text, end, Math.Max(0, limitRight - end));
        if (of.Success)
        {
            end = of.Index + of.Length;
        }
        return (start, end);
    }

    private static bool IsQualifier(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]) || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ial", StringComparison.Ordinal)
                            || word.EndsWith("ic", StringComparison.Ordinal) || word is "nationwide" or "joint" or "humanitarian" or "annual" or "trilateral" or "bilateral" or "official" or "plenary" or "final" or "new" or "next")
        && !Vocabulary.WordClasses.IsFunctionWord(word.ToLowerInvariant());

    private static (int Start, int End)? PreviousWord(string text, int before, int limit)
    {
        var end = before;
        while (end > limit && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > limit && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '\'' or '’'))
        {
            start--;
        }
        return start < end ? (start, end) : null;
    }

    private static int ClauseStart(string text, int position)
    {
        var start = Math.Max(0, position - LookBehind);
        if (position <= start)
        {
            return start;
        }
        var boundary = text.LastIndexOfAny([';', '(', ')'], position - 1, position - start);
        return boundary >= 0 ? boundary + 1 : start;
    }

    private static int ClauseEnd(string text, int position)
    {
        var end = Math.Min(text.Length, position + LookAhead);
        var boundary = text.IndexOfAny([';', '.', '(', ')'], position, end - position);
        return boundary >= 0 ? boundary : end;
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim().TrimStart('-', ',', ' ');

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    [GeneratedRegex(@"\b(?:(?<treaty>[Mm]emorand(?:um|a)|[Aa]greements?|[Tt]reaty|[Cc]onvention|[Pp]rotocol|[Aa]ccords?|[Pp]act)|(?<statement>[Ss]tatements?|[Dd]eclaration|[Aa]ddress|[Ss]peech|[Dd]ecree|[Oo]rder|[Ll]etter|[Cc]ommuniqu[ée]|[Rr]eport|[Aa]ppeal|[Mm]essage|[Ii]nterview|[Pp]roclamation|[Cc]onditions|[Uu]ltimatum)|(?<event>[Cc]onference|[Ss]ummit|[Mm]eeting|[Ss]ession|[Tt]alks|[Ff]orum|[Vv]isit|[Cc]easefire|[Tt]ruce|[Ee]lections?|[Rr]eferendum|[Aa]ttacks?|[Cc]lashes|[Ww]ar|[Oo]peration|[Oo]ffensive|[Nn]egotiations|[Dd]ebate|[Cc]eremony|[Ss]igning|[Vv]ote|[Ii]ncident|[Pp]rovocation|[Cc]enter|[Cc]entre))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SourceWord();

    [GeneratedRegex(@"\G\s+(?:of|by)\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:(?:\s+(?:of|and|for|on)\s+(?:the\s+)?|\s+)[A-Z][\p{L}'’-]*){0,8}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfBody();

    /// <summary>A resolution's adoption date is part of citing it: "adopted unanimously on", "Resolution adopted by the General Assembly on".</summary>
    [GeneratedRegex(@"\badopted\s+(?:by\s+(?:the\s+)?(?:(?:UN|United\s+Nations)\s+)?(?:Security\s+Council|General\s+Assembly|Council|Assembly)\s+)?(?:\w+\s+)?(?:on|in)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AdoptionDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
