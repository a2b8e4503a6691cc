using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Citations.Dates;

/// <summary>
/// Sources that a date identifies: statements, addresses and decrees (<c>presidential decree
/// dated 7 July 2021</c>, <c>the communiqué issued on 14 March 1974</c>), agreements and memoranda
/// (<c>a Memorandum was signed on 11 November 2020</c>), and events (<c>Munich Security Conference
/// on 15 February 2020</c>, <c>met in Lusaka from 1 to 7 August 1979</c>). The source is named by the
/// nearest word of its kind in the clause, with the words that qualify it; a date with no such
/// word is an event of that date. Where the source is said to be held, issued or met somewhere
/// before the date is given, the place joins its name: <c>Meeting, Lusaka 1979-08-01/1979-08-07</c>,
/// <c>Joint statement, Moscow 2020-11-10</c>. A date without a year takes the year of an earlier
/// date in the unit, else the year the document is talking about (the context). A date that is a
/// cited resolution's or document's own (<c>resolution 45/58 P of 4 December 1990</c>) is not
/// another source.
/// </summary>
internal sealed partial class DatedSourceRecognizer : ICitationRecognizer
{
    private const int LookBehind = 160;
    private const int LookAhead = 90;

    public static readonly DatedSourceRecognizer Instance = new();

    public string Finds => "dated statements, agreements and events";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        // A title page's dates are the document's own ("Distr.: General 5 December 2025"), not sources it cites.
        if (input.Context.Kind == UnitKind.FrontMatter)
        {
            yield break;
        }
        var (text, dates, contextYear) = (input.Text, input.Dates, input.Context.Year);
        var documents = input.Found.Where(f => f.Kind is CitationKind.UnscResolution or CitationKind.UngaResolution or CitationKind.UnDocument or CitationKind.Other).ToArray();
        int? lastYear = null;
        foreach (var date in dates)
        {
            var year = date.Year ?? lastYear ?? YearBefore(text, date.Start) ?? contextYear;
            lastYear = date.Year ?? lastYear;
            if (year is not { } known || (date.Day is null && date.Year is null) || AdoptionDate().IsMatch(text.AsSpan(Math.Max(0, date.Start - 60), Math.Min(60, date.Start)))
                || DatesCitedDocument(text, date, documents))
            {
                continue;
            }

            var iso = date.Iso(known);
            var clauseStart = ClauseStart(text, date.Start);
            var clauseEnd = ClauseEnd(text, date.End);
            var source = NearestSource(text, clauseStart, date.Start, date.End, clauseEnd);
            var canonical = source.Name is null ? iso
                : source.Place is { } place ? $"{Capitalise(source.Name)}, {place} {iso}"
                : $"{Capitalise(source.Name)} {iso}";
            var start = source.Name is null ? date.Start : Math.Min(source.Start, date.Start);
            var end = source.Name is null ? date.End : Math.Max(source.End, date.End);
            yield return new FoundCitation(source.Kind, canonical, start, end, null) { Narrowest = (date.Start, date.End) };
        }
    }

    /// <summary>The source a date identifies: its kind, its name and where it was held, and the words that say so.</summary>
    private readonly record struct DatedSource(CitationKind Kind, string? Name, string? Place, int Start, int End);

    /// <summary>
    /// The word naming a source before the date in its clause, else after it. Before the date, the
    /// nearest wins unless a statement or agreement further back is said to be issued or signed
    /// (<c>the declaration issued at the end of the summit on 9 September</c> dates the declaration);
    /// a word in a phrase that only sets the scene is passed over (<c>On 23 July, following the
    /// provocation, Armenia put forward conditions</c> dates the conditions).
    /// </summary>
    private static DatedSource NearestSource(string text, int clauseStart, int dateStart, int dateEnd, int clauseEnd)
    {
        var background = Background(text, clauseStart, clauseEnd, dateStart);
        bool InBackground(Match m) => background.Any(b => m.Index >= b.Start && m.Index < b.End);

        Match? before = null, issued = null;
        for (var m = SourceWord().Match(text, clauseStart, dateStart - clauseStart); m.Success; m = m.NextMatch())
        {
            if (InBackground(m) || Detached(text, m.Index + m.Length, dateStart))
            {
                continue;
            }
            before = m;
            // "The accords were signed on 20 August, with a ceremony on 13 September": a statement or
            // agreement issued on a date of its own is not the source of a later one.
            if (!m.Groups["event"].Success && Issued().Match(text, m.Index + m.Length) is { Success: true } verb && !DateBetween().IsMatch(text.AsSpan(verb.Index, dateStart - verb.Index)))
            {
                issued = m;
            }
        }
        // After the date, a word in a clause of its own is not what the date dates ("In February 2017,
        // a panel said that states had not submitted a report", "8 February 1971, which was accepted on
        // 15 February, … his speech"), nor one the date's event answers ("On 26 February, Israel
        // rejected the initiative"), nor one given a time of its own ("proposed last February an initiative").
        Match? after = null;
        // "Egypt's reply of 15 February to the initiative": the date is the reply's.
        var answered = Response().IsMatch(text.AsSpan(Math.Max(clauseStart, dateStart - 25), dateStart - Math.Max(clauseStart, dateStart - 25)));
        for (var m = SourceWord().Match(text, dateEnd, clauseEnd - dateEnd); m.Success && after is null && !answered; m = m.NextMatch())
        {
            var gap = text.AsSpan(dateEnd, m.Index - dateEnd);
            if (OwnClause().IsMatch(gap) || DateBetween().IsMatch(gap) || Complement().IsMatch(gap) || Response().IsMatch(gap) || MonthName().IsMatch(gap))
            {
                break;
            }
            after = InBackground(m) ? null : m;
        }
        var chosen = issued ?? before ?? after;
        if (chosen is null)
        {
            return new DatedSource(CitationKind.Event, null, null, dateStart, dateEnd);
        }
        var kind = chosen.Groups["treaty"].Success ? CitationKind.Treaty
            : chosen.Groups["statement"].Success ? CitationKind.OfficialStatement
            : CitationKind.Event;
        var isBefore = chosen.Index < dateStart;
        if (chosen.Groups["met"].Success)
        {
            // "The ministers met in Lusaka": the verb names a meeting; the words before it are its subject.
            var place = PlaceAfter(text, chosen.Index + chosen.Length, isBefore ? dateStart : clauseEnd);
            return new DatedSource(kind, "Meeting", place?.Name, chosen.Index, place?.End ?? chosen.Index + chosen.Length);
        }
        // A word after the date takes no qualifiers from the date: "October 1973 Yom Kippur War" is the Yom Kippur War.
        var (start, end) = Qualified(text, chosen, isBefore ? clauseStart : dateEnd, isBefore ? dateStart : clauseEnd);
        var held = PlaceAfter(text, end, isBefore ? dateStart : clauseEnd);
        return new DatedSource(kind, Squash(text[start..end]), held?.Name, start, held?.End ?? end);
    }

    /// <summary>
    /// Where the source was held or issued, written between its name and the date (or after a name
    /// that follows the date): <c>met in Lusaka</c>, <c>the Conference held at Addis Ababa</c>,
    /// <c>a joint statement issued in Moscow</c>. A place is a capitalised name with at least one word
    /// that is not an English word, so "in Parliament" and "at Headquarters" are not places.
    /// </summary>
    private static (string Name, int End)? PlaceAfter(string text, int from, int limit)
    {
        if (limit <= from)
        {
            return null;
        }
        for (var m = Place().Match(text, from, limit - from); m.Success; m = m.NextMatch())
        {
            var place = m.Groups["place"];
            var words = place.Value.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            if (NotAPlace().IsMatch(place.Value) || !words.Any(w => char.IsUpper(w[0]) && !Vocabulary.EnglishWords.Contains(w.TrimEnd('.').ToLowerInvariant())))
            {
                continue;
            }
            return (Squash(place.Value), place.Index + place.Length);
        }
        return null;
    }

    /// <summary>
    /// Phrases that set the scene for the clause without being what its date dates: <c>following
    /// the Tovuz provocation</c>, <c>in response to the attack</c>, up to the next comma. A phrase that
    /// holds the date itself is the date's (<c>Following a meeting … on 24 October, …</c>).
    /// </summary>
    private static List<(int Start, int End)> Background(string text, int clauseStart, int clauseEnd, int dateStart)
    {
        var phrases = new List<(int Start, int End)>();
        if (clauseEnd <= clauseStart)
        {
            return phrases;
        }
        for (var m = SceneSetter().Match(text, clauseStart, clauseEnd - clauseStart); m.Success; m = m.NextMatch())
        {
            if (dateStart < m.Index || dateStart >= m.Index + m.Length)
            {
                phrases.Add((m.Index, m.Index + m.Length));
            }
        }
        return phrases;
    }

    /// <summary>
    /// A year the unit gives on its own before a date that has none: "In 2010, … known as the May 24
    /// measures" dates them to 2010, whatever year the text around is about.
    /// </summary>
    private static int? YearBefore(string text, int position)
    {
        Match? last = null;
        for (var m = BareYear().Match(text, 0, position); m.Success; m = m.NextMatch())
        {
            last = m;
        }
        return last is null ? null : int.Parse(last.Groups["year"].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether a clause of its own stands between a source word and the date, so the date is that
    /// clause's: <c>agreements which would secure the territories it seized in June 1967</c>. A
    /// clause that issues or holds the source keeps it (<c>the Agreement, which was signed on</c>).
    /// </summary>
    private static bool Detached(string text, int from, int dateStart) =>
        dateStart > from && OwnClause().IsMatch(text.AsSpan(from, dateStart - from));

    /// <summary>
    /// Whether the date is that of a resolution or document cited just before it:
    /// <c>45/58 P of 4 December 1990</c>, <c>S/1996/848 of 11 October 1996</c>.
    /// </summary>
    private static bool DatesCitedDocument(string text, DateMention date, IReadOnlyList<FoundCitation> documents) =>
        documents.Any(d => d.End <= date.Start && date.Start - d.End <= 24 && OwnDate().IsMatch(text.AsSpan(d.End, date.Start - d.End)));

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

    /// <summary>
    /// A word that qualifies a source: capitalised, an ordinal or year (<c>16th</c>, <c>1949</c>,
    /// <c>44-day</c>), an adjective; not a bare number, which is a footnote's or a count
    /// (<c>61 Statement Ekéus</c>).
    /// </summary>
    private static bool IsQualifier(string word) =>
        word.Length > 0 && (char.IsUpper(word[0]) || (char.IsDigit(word[0]) && !(word.All(char.IsAsciiDigit) && word.Length != 4)) || word.EndsWith("al", StringComparison.Ordinal) || word.EndsWith("ial", StringComparison.Ordinal)
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
        start = boundary >= 0 ? boundary + 1 : start;
        // A unit the splitter left whole may hold two sentences: "… renamed Palestine.[83] On 7 July 1998, …".
        Match? sentence = null;
        for (var m = SentenceEnd().Match(text, start, position - start); m.Success; m = m.NextMatch())
        {
            sentence = m;
        }
        return sentence is null ? start : sentence.Index + sentence.Length;
    }

    private static int ClauseEnd(string text, int position)
    {
        var end = Math.Min(text.Length, position + LookAhead);
        var boundary = text.IndexOfAny([';', '.', '(', ')'], position, end - position);
        return boundary >= 0 ? boundary : end;
    }

    private static string Squash(string text) => Whitespace().Replace(text, " ").Trim().TrimStart('-', ',', ' ');

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    /// <summary>Source words by kind; <c>met</c> and <c>convened</c> name a meeting.</summary>
    [GeneratedRegex(@"\b(?:(?<treaty>[Mm]emorand(?:um|a)|[Aa]greements?|[Tt]reaty|[Cc]onvention|[Pp]rotocol|[Aa]ccords?|[Pp]act)|(?<statement>[Ss]tatements?|[Dd]eclaration|[Aa]ddress|[Ss]peech|[Dd]ecree|[Oo]rder|[Ll]etter|[Cc]ommuniqu[ée]|[Rr]eport|[Aa]ppeal|[Mm]essage|[Ii]nterview|[Aa]ide-m[ée]moire?|[Ii]nitiative|[Pp]roposal|[Pp]roclamation|[Cc]onditions|[Uu]ltimatum)|(?<event>[Cc]onference|[Ss]ummit|[Mm]eeting|[Ss]ession|[Tt]alks|[Ff]orum|[Vv]isit|[Cc]easefire|[Tt]ruce|[Ee]lections?|[Rr]eferendum|[Aa]ttacks?|[Cc]lashes|[Ww]ar|[Oo]peration|[Oo]ffensive|[Nn]egotiations|[Dd]ebate|[Cc]eremony|[Ss]igning|[Vv]ote|[Ii]ncident|[Pp]rovocation|[Cc]enter|[Cc]entre|(?<met>met|convened|reconvened)))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SourceWord();

    [GeneratedRegex(@"\G\s+(?:of|by)\s+(?:the\s+)?[A-Z][\p{L}'’-]*(?:(?:\s+(?:of|and|for|on)\s+(?:the\s+)?|\s+)[A-Z][\p{L}'’-]*){0,8}", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfBody();

    /// <summary>A statement or agreement said to be issued or signed: <c>the communiqué issued (at the end of the summit) on</c>.</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:which\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:issued|published|released|signed|concluded|made|delivered|circulated)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Issued();

    /// <summary><c>held at Addis Ababa</c>, <c>in Sharm el-Sheikh</c>, <c>in Washington D.C.</c>: a preposition of place and a capitalised name.</summary>
    [GeneratedRegex(@"\b(?:in|at)\s+(?<place>(?:The\s+)?[A-Z][\p{L}'’.-]*(?:\s+(?:(?:el|al|de|da|du|di|la|le|es|upon|am)[\s-]+)?[A-Z][\p{L}'’.-]*){0,3})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Place();

    /// <summary>Capitalised words after "in" or "at" that name no place: a month, a day, a document's part, a body's name.</summary>
    [GeneratedRegex(@"^(?:The\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Resolutions?|Articles?|Paragraphs?|Annex|Chapter|Section|Part|Document|Session|Meeting|Conference|Summit|Council|Assembly|Committee|Commission)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotAPlace();

    /// <summary>A phrase that sets the scene, up to its closing comma: <c>, following the Tovuz provocation,</c>.</summary>
    [GeneratedRegex(@"(?<=(?:^|,)\s*)(?:[Ff]ollowing|[Aa]fter|[Ii]n\s+response\s+to|[Ii]n\s+the\s+wake\s+of|[Ii]n\s+retaliation\s+for|[Dd]espite)\s+[^,;.]{1,120}(?=,)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SceneSetter();

    /// <summary>
    /// The end of a sentence: a full stop after a word that is not an initial or a title, with any
    /// closing marks and note calls, before a capital (<c>Palestine.[83] On</c>); not <c>Mr. Rogers</c>, <c>D.C. on</c>.
    /// </summary>
    [GeneratedRegex(@"(?<!\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Prof|vs|v))[.!?][""”’)\]]*(?:\[\d{1,3}\])*\s+(?=[A-Z])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    /// <summary>A relative clause or a new subject with a verb of its own: <c>which would secure</c>, <c>it seized</c>.</summary>
    [GeneratedRegex(@"\b(?:(?:which|that|who)\s+(?!(?:(?:was|were|is|are|had|has|have)\s+(?:been\s+)?)?(?:issued|signed|held|concluded|made|published|released|convened|adopted|delivered|circulated|dated|took\s+place)\b)[a-z]+|(?:it|they|he|she|we)\s+[a-z]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnClause();

    /// <summary>"In 2010", "since 1991": a year standing alone after a preposition.</summary>
    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y)\s+(?<year>(?:1[89]|20)\d\d)\b(?![/\d])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareYear();

    /// <summary>An answer to a source that already exists: <c>rejected</c>, <c>its acceptance of</c>, <c>replied to</c>.</summary>
    [GeneratedRegex(@"\b(?:reject(?:ed|s|ion)|accept(?:ed|s|ance)|repl(?:y|ied|ies)|welcom(?:ed|es)|endors(?:ed|es)|support(?:ed|s)|oppos(?:ed|es)|condemn(?:ed|s)|ignor(?:ed|es)|violat(?:ed|es|ion)|implement(?:ed|s|ation)|renounc(?:ed|es)|abrogat(?:ed|es|ion))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Response();

    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthName();

    /// <summary>"said that", "found that": what follows is reported, not dated by the date before.</summary>
    [GeneratedRegex(@"\bthat\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Complement();

    /// <summary>A date of a day, so a second date lies between a source and the one being read.</summary>
    [GeneratedRegex(@"\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateBetween();

    /// <summary>Between a resolution or document and its own date: <c> of </c>, <c> P of </c>, <c> (1990) of </c>, <c>, dated </c>.</summary>
    [GeneratedRegex(@"^\s*(?:[A-Z]\b\s*)?(?:\([^()]{1,12}\)\s*)?,?\s*(?:of|dated|of\s+the\s+\w+\s+of)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnDate();

    /// <summary>A resolution's adoption date is part of citing it: "adopted unanimously on", "Resolution adopted by the General Assembly on".</summary>
    [GeneratedRegex(@"\badopted\s+(?:by\s+(?:the\s+)?(?:(?:UN|United\s+Nations)\s+)?(?:Security\s+Council|General\s+Assembly|Council|Assembly)\s+)?(?:\w+\s+)?(?:on|in)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AdoptionDate();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
