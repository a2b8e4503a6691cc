using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;
using ClaimTracker.Core.ReferenceData;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>
/// Finds the resolutions and decisions a unit names, with the evidence the unit gives for each:
/// symbols (<c>S/RES/2334 (2016)</c>, <c>A/RES/194 (III)</c>, <c>A/RES/ES-10/21</c>); prose lists after a
/// keyword (<c>resolutions 60/251 of 15 March 2006, 62/219 … and 65/281 of 17 June 2011</c>,
/// <c>UNSCR 425</c>, <c>UN SCR 687</c>, <c>S.C. Res. 242</c>, <c>RESOLUTION 660 (1990)</c>, <c>decision 78/548</c>),
/// each item its own mention with its own year or date, lettered parts (<c>45/58 P</c>) and
/// editorial brackets allowed; emergency-session numbers standing alone (<c>(ES-11/1)</c>); and a
/// resolution text's title line (<c>80/27. Regional disarmament</c>). It decides nothing: see
/// <see cref="ResolutionResolver"/>.
/// </summary>
internal static partial class ResolutionScanner
{
    /// <summary>A body named further back than this is not taken as the one that adopted a resolution.</summary>
    private const int ClauseLookBehind = 300;

    /// <summary>How far a clause is searched for a year that tells which organ a bare number is.</summary>
    private const int ClauseYearReach = 120;

    public static IReadOnlyList<ResolutionMention> Scan(CitationInput input)
    {
        var text = input.Text;
        var documentOrgan = input.Context.DocumentOrEmpty.Organ;
        var found = new List<ResolutionMention>();
        if (!MayNameAResolution(text))
        {
            return found;
        }
        var taken = new SpanSet();
        foreach (Match m in CouncilSymbol().Matches(text))
        {
            found.Add(new ResolutionMention
            {
                Start = m.Index,
                End = m.Index + m.Length,
                Number = new ResolutionNumber(Int(m.Groups["n"])),
                Form = ResolutionForm.Symbol,
                Named = UnOrgan.SecurityCouncil,
                StatedYear = m.Groups["year"].Success ? Int(m.Groups["year"]) : null,
            });
            taken.Add(m.Index, m.Index + m.Length);
        }
        foreach (Match m in AssemblySymbol().Matches(text))
        {
            found.Add(new ResolutionMention
            {
                Start = m.Index,
                End = m.Index + m.Length,
                Number = Number(m),
                Form = ResolutionForm.Symbol,
                Named = UnOrgan.GeneralAssembly,
                StatedSession = StatedSession(m),
            });
            taken.Add(m.Index, m.Index + m.Length);
        }
        foreach (Match keyword in Keyword().Matches(text))
        {
            if (!taken.Overlaps(keyword.Index, keyword.Index + keyword.Length))
            {
                foreach (var mention in List(text, keyword, input.Bodies, input.Dates, documentOrgan))
                {
                    found.Add(mention);
                    taken.Add(mention.Start, Math.Max(mention.End, mention.Reach));
                }
            }
        }
        if (text.Contains("esolution", StringComparison.OrdinalIgnoreCase))
        {
            foreach (Match m in WrittenWithSession().Matches(text))
            {
                if (!taken.Overlaps(m.Index, m.Index + m.Length) && Verified(m) is { } organ)
                {
                    found.Add(new ResolutionMention { Start = m.Index, End = m.Index + m.Length, Number = new ResolutionNumber(Int(m.Groups["n"])), Form = ResolutionForm.Prose, Named = organ, StatedYear = m.Groups["year"].Success ? Int(m.Groups["year"]) : null, StatedSession = StatedSession(m) });
                    taken.Add(m.Index, m.Index + m.Length);
                }
            }
        }
        foreach (Match m in NumberBeforeKeyword().Matches(text))
        {
            // "since the 2334 resolution": the number alone; the document says whose it is.
            if (!taken.Overlaps(m.Index, m.Index + m.Length))
            {
                var number = m.Groups["n"];
                found.Add(new ResolutionMention { Start = number.Index, End = m.Index + m.Length, Number = new ResolutionNumber(Int(number)), Form = ResolutionForm.Prose });
                taken.Add(m.Index, m.Index + m.Length);
            }
        }
        foreach (Match m in EmergencyNumber().Matches(text))
        {
            if (!taken.Overlaps(m.Index, m.Index + m.Length))
            {
                found.Add(new ResolutionMention { Start = m.Index, End = m.Index + m.Length, Number = Number(m), Form = ResolutionForm.Prose });
            }
        }
        if (TitleLine().Match(text) is { Success: true } title && !taken.Overlaps(title.Index, title.Index + title.Length))
        {
            found.Add(new ResolutionMention { Start = title.Groups["number"].Index, End = title.Groups["number"].Index + title.Groups["number"].Length, Number = Number(title), Form = ResolutionForm.TitleLine });
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>Each number of the list after one keyword, with the body and years around it.</summary>
    private static IEnumerable<ResolutionMention> List(string text, Match keyword, IReadOnlyList<BodyMention> bodies, IReadOnlyList<DateMention> dates, UnOrgan? documentOrgan)
    {
        var named = keyword.Groups["sc"].Success ? UnOrgan.SecurityCouncil : keyword.Groups["ga"].Success ? UnOrgan.GeneralAssembly : (UnOrgan?)null;
        var plural = keyword.Groups["plural"].Success;
        var decision = keyword.Groups["decision"].Success;
        var adjacent = named is null ? AdjacentBefore(text, keyword.Index, bodies, documentOrgan) : null;
        var clause = adjacent is null && named is null ? Adopter(text, bodies, keyword.Index) : null;
        if (clause is { } c && keyword.Index - c.End > ClauseLookBehind)
        {
            clause = null;
        }

        var items = new List<(Match Item, int End, int? Year, DateOnly? Date, bool ForList, int Reach)>();
        var position = FirstItem(text, keyword.Index + keyword.Length);
        while (Item().Match(text, position) is { Success: true } item)
        {
            if (items.Count > 0 && !plural && NotAnItem(text, item.Index + item.Length))
            {
                // "resolution 1244 and 12 other texts": a singular keyword's "and" starts no second resolution.
                break;
            }
            var end = PartEnd(text, item);
            var (year, date, forList, after) = AdoptedWhen(text, end, dates);
            items.Add((item, end, year, date, forList, after));
            position = SkipFootnote(text, after, date is not null || text[after - 1] == ')');
            if (NextItem(text, position) is not { } next)
            {
                break;
            }
            position = next;
        }
        if (items.Count == 0)
        {
            yield break;
        }

        // "Resolutions 822, 853, 874 and 884 adopted in 1993": an adoption year after the last item is the whole list's.
        var listYear = items[^1].ForList && items.Take(items.Count - 1).All(i => i.Year is null) ? items[^1].Year : null;
        var following = adjacent is null && named is null ? FollowingBody(text, position, bodies) ?? SubjectAfter(text, keyword.Index, position, bodies) : null;
        var clauseYear = ClauseYear(text, keyword.Index, position);
        for (var i = 0; i < items.Count; i++)
        {
            var (item, end, year, date, _, reach) = items[i];
            yield return new ResolutionMention
            {
                Start = i == 0 ? keyword.Index : item.Index,
                End = end,
                Reach = reach,
                Number = Number(item),
                Form = ResolutionForm.Prose,
                IsDecision = decision,
                Named = named,
                Adjacent = adjacent ?? following,
                Clause = following is null ? clause?.Body : null,
                ClauseDistance = clause is { } body ? keyword.Index - body.End : 0,
                AdoptedByClause = clause is { } adopter && AdoptedBy().IsMatch(text.AsSpan(adopter.End, keyword.Index - adopter.End)),
                StatedYear = item.Groups["year"].Success ? Int(item.Groups["year"]) : year ?? listYear,
                StatedDate = date,
                StatedSession = StatedSession(item),
                ClauseYear = clauseYear,
            };
        }
    }

    /// <summary>
    /// Where the list starts: right after the keyword, or after a colon ("resolutions: 1696 (2006), …")
    /// or a comma before a number written with its year ("the Kosovo resolution, 1244 (1999)").
    /// </summary>
    private static int FirstItem(string text, int position)
    {
        if (ListLead().Match(text, position) is { Success: true } lead && Item().Match(text, lead.Index + lead.Length) is { Success: true } item &&
            (lead.Value.Contains(':', StringComparison.Ordinal) || item.Groups["ss"].Success || item.Groups["year"].Success || item.Groups["roman"].Success || item.Groups["sroman"].Success))
        {
            return lead.Index + lead.Length;
        }
        return position;
    }

    /// <summary>
    /// Where the next item of the list starts, or null where the list ends: after a comma or "and";
    /// after "and" glued to a closing bracket by extraction ("1267(1999)and1989(2011)"); across an
    /// inserted clause (", adopted at the sixth emergency special session, and 35/37"); or at the far
    /// end of a range ("1325 (2000) through 2493 (2019)"), which must be written with its year.
    /// </summary>
    private static int? NextItem(string text, int position)
    {
        foreach (var separator in (ReadOnlySpan<Regex>)[Separator(), GluedAnd(), InsertedClause()])
        {
            if (separator.Match(text, position) is { Success: true } found && Item().Match(text, found.Index + found.Length) is { Success: true } item &&
                !EndsTheList(text, found, item))
            {
                return found.Index + found.Length;
            }
        }
        return Range().Match(text, position) is { Success: true } range && Item().Match(text, range.Index + range.Length) is { Success: true } far && far.Groups["year"].Success
            ? range.Index + range.Length
            : null;
    }

    /// <summary>
    /// What follows a list is not its next item: the day of a date ("Resolution 509, 6 June 1982"),
    /// or after a semicolon a bare number, which is a paragraph's ("2625 (XXV); 4. Reaffirms").
    /// </summary>
    private static bool EndsTheList(string text, Match separator, Match item) =>
        DayOfMonth().IsMatch(text.AsSpan(item.Index + item.Length)) ||
        (separator.Value.Contains(';', StringComparison.Ordinal) && !item.Groups["ss"].Success && !item.Groups["year"].Success && !item.Groups["roman"].Success && !item.Groups["sroman"].Success);

    /// <summary>A footnote marker extraction glued to a citation: "(2018),3 2573 (2021)4 and", "of 19 December 1991,1 and".</summary>
    private static int SkipFootnote(string text, int position, bool afterYear) =>
        afterYear && Footnote().Match(text, position) is { Success: true } footnote ? footnote.Index + footnote.Length : position;

    /// <summary>
    /// A part letter belongs to the number only when nothing but a list's own words follow it:
    /// "46/36 I of 6 December 1991" is part I, "resolution 60/251 I believe" is the pronoun.
    /// </summary>
    private static int PartEnd(string text, Match item)
    {
        var part = item.Groups["part"].Success ? item.Groups["part"] : item.Groups["part2"].Success ? item.Groups["part2"] : null;
        if (part is null || part.Index + part.Length != item.Index + item.Length || ListWordFollows(text, item.Index + item.Length))
        {
            return item.Index + item.Length;
        }
        return text.AsSpan(item.Index, part.Index - item.Index).TrimEnd().Length + item.Index;
    }

    private static bool ListWordFollows(string text, int position)
    {
        var rest = text.AsSpan(position).TrimStart();
        if (rest.Length == 0 || !char.IsLower(rest[0]))
        {
            return true;
        }
        var word = rest[..Math.Max(1, rest.IndexOfAny(' ', ',', ';'))].ToString();
        return word is "of" or "and" or "or" or "adopted" or "on" or "in" or "which" or "that" or "entitled" or "dated" or "were" or "was" or "as" or "through";
    }

    /// <summary>An item followed by a lowercase word that no list uses ("12 other texts") is a count, not a resolution.</summary>
    private static bool NotAnItem(string text, int end) => !ListWordFollows(text, end) && !text.AsSpan(end).TrimStart().StartsWith("(", StringComparison.Ordinal);

    /// <summary>
    /// The adoption year or date written after an item: <c>of 4 December 1990</c> and <c>of 1999</c>
    /// for the item, <c>adopted in 1993</c> or <c>passed on 29 November 1990</c> perhaps for the list.
    /// </summary>
    private static (int? Year, DateOnly? Date, bool ForList, int After) AdoptedWhen(string text, int end, IReadOnlyList<DateMention> dates)
    {
        // "of 4 December 1990", "dated", "adopted in 1993"; or a comma before a full date ("Resolution 509, 6 June 1982").
        var lead = AdoptionLead().Match(text, end);
        var commaOnly = lead.Success && !lead.Groups["preposition"].Success;
        if (!lead.Success || (!commaOnly && !lead.Groups["adopted"].Success && lead.Groups["preposition"].Value is not ("of" or "OF" or "dated" or "DATED")))
        {
            return (null, null, false, end);
        }
        var at = lead.Index + lead.Length;
        var forList = lead.Groups["adopted"].Success;
        if (EnglishDates.StartingAt(dates, at) is { Year: { } year } date && (date.Day is not null || !commaOnly))
        {
            return (year, date.FirstDay(year), forList, date.End);
        }
        return commaOnly ? (null, null, false, end) : BareYear().Match(text, at) is { Success: true } bare ? (Int(bare), null, forList, bare.Index + bare.Length) : (null, null, false, end);
    }

    /// <summary>
    /// The body named nearest before the keyword that could have adopted the resolution: not one the
    /// sentence says was created or addressed ("the Assembly created the Human Rights Council by
    /// resolution 60/251" is the Assembly's).
    /// </summary>
    private static BodyMention? Adopter(string text, IReadOnlyList<BodyMention> bodies, int keyword)
    {
        var position = keyword;
        for (var tried = 0; tried < 3 && BodyNames.NearestBefore(bodies, position) is { } body; tried++)
        {
            if (!BodyNames.IsObject(text, body))
            {
                return body;
            }
            position = body.Start;
        }
        return null;
    }

    /// <summary>The body written right before the keyword ("the OIC's resolution", "Security Council resolution"), or "its" for the document's own organ.</summary>
    private static Body? AdjacentBefore(string text, int keyword, IReadOnlyList<BodyMention> bodies, UnOrgan? documentOrgan)
    {
        if (BodyNames.NearestBefore(bodies, keyword) is { } body && AdjacentGap().IsMatch(text.AsSpan(body.End, keyword - body.End)))
        {
            return body.Body;
        }
        // "its resolutions" are the subject's: the body the sentence opens with, or in a resolution
        // text ("The General Assembly, … Recalling its resolutions") the document's own organ.
        if (Possessive().IsMatch(text.AsSpan(Math.Max(0, keyword - 40), Math.Min(40, keyword))))
        {
            // "the Security Council in its resolution": the body named just before. A paragraph of a resolution
            // opens on a participle ("Recalling …, and its own decision"): there its subject is the resolution's.
            var owner = ParticipleOpening().IsMatch(text) ? null : BodyNames.NearestBefore(bodies, keyword)?.Body;
            return owner ?? (documentOrgan is { } organ ? Body.Of(organ) : null);
        }
        return null;
    }

    [GeneratedRegex(@"\b[Ii]n\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InBefore();

    /// <summary>Between a body and the keyword, the body adopting it: ", at its sixty-third session (Vienna), adopted ", " also adopted its ".</summary>
    [GeneratedRegex(@"^(?:\s*,[^;.]{0,120}?,)?\s*(?:(?:also|further|then|subsequently|unanimously|itself)\s+)?(?:adopted|passed|approved)\s+(?:its\s+|a\s+|the\s+)?(?:draft\s+)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AdoptedBy();

    [GeneratedRegex(@"\G\s*,\s*(?:the\s+)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectLead();

    /// <summary>"… of the Security Council", "… adopted by the General Assembly" after the list.</summary>
    private static Body? FollowingBody(string text, int position, IReadOnlyList<BodyMention> bodies)
    {
        var lead = FollowingLead().Match(text, position);
        if (!lead.Success)
        {
            return null;
        }
        return BodyNames.StartingAt(bodies, lead.Index + lead.Length)?.Body;
    }

    /// <summary>"In resolution 45/20, the Human Rights Council extended …": the UN organ that opens the main clause after "In resolution …," is its author.</summary>
    private static Body? SubjectAfter(string text, int keyword, int position, IReadOnlyList<BodyMention> bodies) =>
        InBefore().IsMatch(text.AsSpan(Math.Max(0, keyword - 4), Math.Min(4, keyword))) && SubjectLead().Match(text, position) is { Success: true } lead &&
        BodyNames.StartingAt(bodies, lead.Index + lead.Length) is { Body.IsUn: true } subject
            ? subject.Body
            : null;

    /// <summary>A year in the same clause, after the list first ("Resolution 1874, passed after the second test in 2009"), else before it.</summary>
    private static int? ClauseYear(string text, int start, int end)
    {
        var clauseEnd = text.IndexOfAny(['.', ';', ':'], end, Math.Min(ClauseYearReach, text.Length - end)) is var e and >= 0 ? e : Math.Min(text.Length, end + ClauseYearReach);
        if (AnyYear().Match(text, end, clauseEnd - end) is { Success: true } after)
        {
            return Int(after);
        }
        var from = Math.Max(0, start - ClauseYearReach);
        var clauseStart = text.LastIndexOfAny(['.', ';', ':'], Math.Max(0, start - 1), start - from) is var s and >= 0 ? s + 1 : from;
        Match? last = null;
        for (var m = AnyYear().Match(text, clauseStart, start - clauseStart); m.Success; m = m.NextMatch())
        {
            last = m;
        }
        return last is null ? null : Int(last);
    }

    /// <summary>
    /// A number written the way one organ writes its resolutions, where reference data confirms it:
    /// "1737 (2006)" is the Council's because the Council adopted 1737 in 2006; "3201 (S-VI)" the
    /// Assembly's. In a unit that speaks of resolutions, that is citation enough without a keyword
    /// right before it ("six Council resolutions on Iran — 1696 (2006), 1737 (2006) …").
    /// </summary>
    private static UnOrgan? Verified(Match m)
    {
        var n = Int(m.Groups["n"]);
        if (m.Groups["year"].Success)
        {
            return SecurityCouncilResolutions.YearOf(n) == Int(m.Groups["year"]) ? UnOrgan.SecurityCouncil : null;
        }
        return StatedSession(m) is { } session && GeneralAssemblyResolutions.Of(n) is { Checked: true } block && block.IsSession(session) ? UnOrgan.GeneralAssembly : null;
    }

    private static ResolutionNumber Number(Match m)
    {
        var n = Int(m.Groups["n"]);
        if (!m.Groups["ss"].Success)
        {
            return new ResolutionNumber(n);
        }
        var session = Int(m.Groups["ss"]);
        var kind = m.Groups["kind"].Value.ToUpperInvariant() switch
        {
            "ES" => AssemblySessionKind.EmergencySpecial,
            "S" => AssemblySessionKind.Special,
            _ => AssemblySessionKind.Regular,
        };
        return new ResolutionNumber(n, session, kind, OtherNumbering: kind == AssemblySessionKind.Regular && (session >= 1000 || m.Groups["suffix"].Success));
    }

    private static string? StatedSession(Match m) =>
        m.Groups["roman"].Success ? m.Groups["roman"].Value
        : m.Groups["sroman"].Success ? Whitespace().Replace(m.Groups["sroman"].Value, string.Empty).ToUpperInvariant()
        : null;

    private static int Int(Group group) => int.Parse(group.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>A cheap test that lets most units skip the patterns: a keyword, a symbol, or a title line's number.</summary>
    public static bool MayNameAResolution(string text) =>
        text.Contains("esolution", StringComparison.OrdinalIgnoreCase) || text.Contains("ecision", StringComparison.OrdinalIgnoreCase) ||
        HasAbbreviatedKeyword(text) || text.Contains("RES", StringComparison.Ordinal) || text.Contains("SCR", StringComparison.Ordinal) ||
        text.Contains("ES-", StringComparison.Ordinal) || (text.TrimStart() is { Length: > 3 } start && char.IsAsciiDigit(start[0]) && start.AsSpan(0, Math.Min(8, start.Length)).Contains('/'));

    /// <summary>"Res.", "Res 2231", "A/Res/76/124", but not "Resources": the abbreviation is followed by a full stop, a slash or a number.</summary>
    private static bool HasAbbreviatedKeyword(string text)
    {
        for (var at = text.IndexOf("Res", StringComparison.Ordinal); at >= 0; at = text.IndexOf("Res", at + 3, StringComparison.Ordinal))
        {
            var next = at + 3 < text.Length ? text[at + 3] : ' ';
            if (next is '.' or '/' || char.IsAsciiDigit(next) || (next == ' ' && at + 4 < text.Length && char.IsAsciiDigit(text[at + 4])))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"\bS/R(?:ES|es)/(?<n>\d{1,5})(?:\s*\((?<year>(?:19|20)\d{2})\))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CouncilSymbol();

    [GeneratedRegex(@"\bA/R(?:ES|es)/(?:(?<kind>E?S)-(?<ss>\d{1,2})/(?<n>\d{1,3})|(?<ss>\d{1,3})/(?<n>\d{1,4})|(?<n>\d{1,4})(?:\s?[A-Z](?![\p{L}\d]))?\s*\((?:(?<roman>[IVXL]{1,9})|(?<sroman>E?S-(?:[IVXL]{1,6}|\d{1,2})))\))(?![\d/])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AssemblySymbol();

    /// <summary>
    /// <c>resolution(s)</c> and <c>decision(s)</c> in any case, <c>Res.</c>, the Council's own abbreviations
    /// (<c>UNSCR</c>, <c>UN SCR</c>, <c>S.C. Res.</c>) and the Assembly's (<c>G.A. Res.</c>), with <c>No.</c>;
    /// also glued to the word before by extraction ("underUNSCR 1701").
    /// </summary>
    [GeneratedRegex(@"(?<!/)(?:\b|(?<=\p{Ll}))(?:(?<sc>S\.\s?C\.\s?Res\.|UN\s?SCR(?<plural>s)?(?!\p{L})|SCR(?<plural>s)?(?!\p{L}))|(?<ga>G\.\s?A\.\s?Res\.)|(?<decision>[Dd]ecision(?<plural>s)?|DECISION(?<plural>S)?)(?!\p{L})|(?:[Rr]esolution(?<plural>s)?|RESOLUTION(?<plural>S)?)(?!\p{L})|(?<!/)(?:Res|RES|res)\.|(?<!/)Res(?=\s?\d))\s*\[?\s*(?:(?:Nos?|NOS?|nos?)\.?\s*|(?:numbers?|NUMBERS?)\s+)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Keyword();

    /// <summary>
    /// One number of a list: <c>242</c>, <c>62/243</c>, <c>S-10/2</c>, <c>ES-10/21</c>, <c>1998/53</c>, with a
    /// lettered part (<c>45/58 P</c>, <c>2202 A (XXI)</c>) and a year or session in brackets
    /// (<c>(1967)</c>, <c>(XXIX)</c>, <c>(ES-V)</c>, <c>242(1967)</c>).
    /// </summary>
    [GeneratedRegex(@"\G(?:(?<kind>E?S)-\s?(?<ss>\d{1,2})\s?[/ ]\s?(?<n>\d{1,3})(?![\d/])|(?<ss>\d{1,4})/(?<n>\d{1,4})(?<suffix>-\p{Lu}{1,6})?(?![\d/])|(?<n>\d{1,5})(?![\d/]|,\d|-\d))(?:\s(?<part>[A-Z])(?![\p{L}\d]))?(?:\s*\(\s*(?:(?<year>(?:19|20)\d{2})|(?<roman>[IVXL]{1,9})|(?<sroman>E?S-\s?(?:[IVXL]{1,6}|\d{1,2})))\s*\))?(?:\s(?<part2>[A-Z])(?![\p{L}\d]))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Item();

    [GeneratedRegex(@"\G(?:\s*[,;]\s+(?:(?:and|or)\s+|as\s+well\s+as\s+)?|\s*;\s*|\s+(?:and|or|&|as\s+well\s+as)\s+)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Separator();

    [GeneratedRegex(@"\G(?<=\))\s*(?:and|AND|&)\s*(?=\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GluedAnd();

    [GeneratedRegex(@"\G\s*,\s*(?:(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:unanimously\s+)?(?:adopted|passed|approved))\b|on\b|concerning\b|entitled\b)[^,;.()]{1,120},\s*(?:and\s+)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InsertedClause();

    [GeneratedRegex(@"\G\s*(?:to|through|until|thru|[-–])\s*", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Range();

    [GeneratedRegex(@"\G,?\d{1,3}(?=[\s,;.]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Footnote();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayOfMonth();

    /// <summary>What may stand between the keyword and a list written with years or sessions: a colon, a comma, "on Crimea,".</summary>
    [GeneratedRegex(@"\G\s*(?:(?:on|concerning|regarding|entitled)\s+[^,;:.()]{1,60}?)?\s*[:,]\s*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListLead();

    /// <summary>What leads from an item to its date: "of", "dated", "(which was) (unanimously) adopted (by the Council) on|in".</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?<adopted>(?:unanimously\s+)?(?:adopted|passed|approved))\s+(?:by\s+(?:the\s+)?(?:(?:UN|United\s+Nations)\s+)?(?:Security\s+Council|General\s+Assembly|Council|Assembly)\s+)?)?(?<preposition>on|in|of|dated)\s+|\G\s*,\s*(?=\d{1,2}\s+\p{Lu})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AdoptionLead();

    [GeneratedRegex(@"\G(?:19|20)\d{2}\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareYear();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnyYear();

    /// <summary>"… of the Security Council", "… adopted by the General Assembly"; a bare "by" may be the means, not the author ("convened under resolution 377 A (V) by Security Council resolution 119").</summary>
    [GeneratedRegex(@"\G\s*(?:\((?:19|20)\d{2}\)\s*)?,?\s*(?:(?:which|that)\s+(?:was|were)\s+)?(?:(?:(?:unanimously\s+)?(?:adopted|passed|approved)\s+by)|of)\s+(?:the\s+)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FollowingLead();

    /// <summary>What may stand between a body's name and the keyword: "'s", "draft", "its own".</summary>
    [GeneratedRegex(@"^(?:['’]s)?\s*(?:(?:draft|the|own|latest|recent|new|earlier|relevant|previous)\s+){0,2}$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AdjacentGap();

    [GeneratedRegex(@"\b(?:its|their)\s+(?:own\s+)?(?:(?:earlier|previous|relevant|recent)\s+)?\[?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Possessive();

    [GeneratedRegex(@"(?<![\w/.,-])(?<n>\d{1,4})(?:\s?(?<part>[A-Z]))?\s?\(\s?(?:(?<year>(?:19|20)\d{2})|(?<roman>[IVXL]{1,9})|(?<sroman>E?S-\s?(?:[IVXL]{1,6}|\d{1,2})))\s?\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WrittenWithSession();


    /// <summary>"the 2334 resolution", not "its 2014 resolution": a year before the keyword dates it.</summary>
    [GeneratedRegex(@"\b(?:the|its|this|that)\s+(?!(?:19[4-9]\d|20[0-4]\d)\b)(?<n>\d{3,4})\s+(?:[Rr]esolution|RESOLUTION)\b(?!\s*(?:No\.?\s*)?\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberBeforeKeyword();

    [GeneratedRegex(@"^\s*(?:\d{1,3}\.\s*)?(?:Also\s+|Further\s+)?\p{Lu}\p{Ll}+ing\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ParticipleOpening();

    /// <summary>An emergency special session's resolution written alone: <c>(ES-11/1)</c>, <c>ES-11 1</c>.</summary>
    [GeneratedRegex(@"(?<![\w/-])(?<kind>ES)-\s?(?<ss>\d{1,2})(?:/|\s)(?<n>\d{1,3})(?![\d/])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EmergencyNumber();

    /// <summary>A resolution text's title line: <c>80/27. Regional disarmament</c>.</summary>
    [GeneratedRegex(@"^\s*(?<number>(?<ss>\d{1,3})/(?<n>\d{1,4}))\.(?:\s+\p{Lu}|\s*$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TitleLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
