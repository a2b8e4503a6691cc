using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Organs;
using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Citations.Sessions;

/// <summary>
/// Sessions of the General Assembly: <c>75th session</c>, <c>Seventy-ninth session</c>, <c>the 76th
/// session of the UN General Assembly</c> → <c>UNGA 76</c>; <c>the tenth special session</c> →
/// <c>UNGA S-10</c>; <c>the fifth emergency special session</c> → <c>UNGA ES-5</c>. The session is the
/// Assembly's when the unit says so (named after it, or named nearest before or after it) or,
/// where the unit names no body, when the document is the Assembly's own ("Decides to include in
/// the provisional agenda of its eighty-first session"). A session of another body ("the eighth
/// session of the OAU Assembly", "the Council at its 45th session") is not cited. A date in the
/// unit is checked against a regular session: one that had closed, or not yet opened, on that
/// date gets a warning.
/// </summary>
internal sealed partial class AssemblySessionRecognizer : ICitationRecognizer
{
    public static readonly AssemblySessionRecognizer Instance = new();

    /// <summary>The next session to open is the highest that can be cited; larger ordinals are meetings, years or other bodies' sessions ("its 148th session").</summary>
    private static int MaxSession => GeneralAssemblySessions.Latest + 1;

    public string Finds => "General Assembly sessions";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        if (text.Contains("UNGA", StringComparison.Ordinal) || text.Contains("Assembly", StringComparison.OrdinalIgnoreCase))
        {
            // "UNGA78", "UNGA-77", "the 78th UN General Assembly": the session named by the Assembly's own name.
            foreach (Match match in NamedSession().Matches(text))
            {
                var number = match.Groups["number"].Success
                    ? int.Parse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
                    : Ordinals.Parse(match.Groups["words"].Value);
                if (number >= 1 && number <= MaxSession)
                {
                    yield return new FoundCitation(CitationKind.UngaSession, $"UNGA {number}", match.Index, match.Index + match.Length, null) { Warnings = Check(number, match, FreeDates(input), input.Context.Year) };
                }
            }
        }
        if (!text.Contains("session", StringComparison.OrdinalIgnoreCase))
        {
            yield break;
        }
        foreach (Match match in CoordinatedSessions().Matches(text))
        {
            // "the sixth and seventh special sessions of the General Assembly": one citation an ordinal.
            if (!IsTheAssemblys(text, match, input))
            {
                continue;
            }
            var kind = match.Groups["emergency"].Success ? AssemblySessionKind.EmergencySpecial : match.Groups["special"].Success ? AssemblySessionKind.Special : AssemblySessionKind.Regular;
            foreach (Capture ordinal in match.Groups["ordinal"].Captures)
            {
                if (OrdinalValue(ordinal.Value) is var number && number >= 1 && number <= MaxSession)
                {
                    yield return new FoundCitation(CitationKind.UngaSession, Canonical(kind, number), ordinal.Index, ordinal.Index + ordinal.Length, null);
                }
            }
        }
        foreach (Match match in Session().Matches(text))
        {
            var number = match.Groups["number"].Success
                ? int.Parse(match.Groups["number"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture)
                : Ordinals.Parse(match.Groups["words"].Value);
            if (number < 1 || number > MaxSession || Description().IsMatch(text.AsSpan(match.Index + match.Length)) || !IsTheAssemblys(text, match, input))
            {
                continue;
            }
            var kind = match.Groups["emergency"].Success ? AssemblySessionKind.EmergencySpecial
                : match.Groups["special"].Success ? AssemblySessionKind.Special
                : AssemblySessionKind.Regular;
            var citation = new FoundCitation(CitationKind.UngaSession, Canonical(kind, number), match.Index, match.Index + match.Length, null);
            yield return kind == AssemblySessionKind.Regular ? citation with { Warnings = Check(number, match, FreeDates(input), input.Context.Year) } : citation;
        }
    }

    /// <summary>The body the unit ties the session to: written after it, else named nearest before it, else after it; the document's own organ where the unit names none.</summary>
    private static bool IsTheAssemblys(string text, Match session, CitationInput input)
    {
        var end = session.Index + session.Length;
        if (OfWhom().Match(text, end) is { Success: true } of)
        {
            var at = of.Index + of.Length;
            return BodyNames.StartingAt(input.Bodies, at) is { Body.Organ: UnOrgan.GeneralAssembly } ||
                   UnitedNations().IsMatch(text.AsSpan(at, Math.Min(40, text.Length - at)));
        }
        if (Holder(text, session, input.Bodies) is { } named)
        {
            return named.Body.Organ == UnOrgan.GeneralAssembly;
        }
        // "Meeting in its tenth emergency special session, it adopted resolution ES-10/21": the unit cites the
        // Assembly. "The Convention's parties meet every two years; its seventh session": a treaty's, not the Assembly's.
        var before = input.Found.Where(f => f.Start < session.Index).ToArray();
        return input.Found.Any(f => f.Kind == CitationKind.UngaResolution) ||
               (input.Context.DocumentOrEmpty.Organ == UnOrgan.GeneralAssembly && !before.Any(f => f.Kind is CitationKind.Treaty or CitationKind.CourtCase));
    }

    private static string Canonical(AssemblySessionKind kind, int number) => kind switch
    {
        AssemblySessionKind.EmergencySpecial => $"UNGA ES-{number}",
        AssemblySessionKind.Special => $"UNGA S-{number}",
        _ => $"UNGA {number}",
    };

    private static int OrdinalValue(string ordinal) =>
        char.IsAsciiDigit(ordinal[0]) ? int.Parse(ordinal.AsSpan(0, ordinal.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture) : Ordinals.Parse(ordinal);

    /// <summary>
    /// The body whose session it is: named nearest before it (passing over the Security Council, which
    /// numbers no sessions: "the Council … early in the sixty-first session"), else named right after it
    /// ("At its 75th session, the General Assembly …"), not one owning a later session of its own.
    /// </summary>
    private static BodyMention? Holder(string text, Match session, IReadOnlyList<BodyMention> bodies)
    {
        for (var position = session.Index; BodyNames.NearestBefore(bodies, position) is { } before; position = before.Start)
        {
            // Passed over too: a body the sentence creates or addresses ("resolved to create a Human Rights Council … during the sixtieth session").
            if (session.Index - before.End > HolderBeforeReach)
            {
                break;
            }
            if (before.Body.Organ != UnOrgan.SecurityCouncil && !BodyNames.IsObject(text, before))
            {
                return before;
            }
        }
        var end = session.Index + session.Length;
        // Not a body with a session of its own after it: "during the sixtieth session so that the Commission's sixty-second session".
        return BodyNames.FirstAfter(bodies, end) is { } after && after.Start - end <= HolderAfterReach && !text.AsSpan(end, after.Start - end).Contains("session", StringComparison.OrdinalIgnoreCase) &&
               !text.AsSpan(after.End, Math.Min(HolderAfterReach, text.Length - after.End)).Contains("session", StringComparison.OrdinalIgnoreCase)
            ? after
            : null;
    }

    /// <summary>The unit's dates but those a citation accounts for: "resolution 70/76 of 9 December 2015" dates the resolution, not a session named later.</summary>
    private static DateMention[] FreeDates(CitationInput input) =>
        input.Dates.Where(d => !input.Found.Any(f => f.Kind != CitationKind.UngaSession && f.Start <= d.Start && d.End <= f.Extent)).ToArray();

    /// <summary>A body named further before a session than this is some other clause's ("… World Summit Outcome, … during the sixtieth session").</summary>
    private const int HolderBeforeReach = 160;

    /// <summary>A body named further after a session than this is the subject of something else.</summary>
    private const int HolderAfterReach = 30;

    private static string[] Check(int session, Match match, IReadOnlyList<DateMention> dates, int? contextYear)
    {
        // The date the sentence gives for the session: the nearest one after it, else before it.
        var date = dates.Where(d => d.Start >= match.Index).OrderBy(d => d.Start).Concat(dates.Where(d => d.Start < match.Index).OrderByDescending(d => d.Start))
            .Select(d => (d.Year ?? contextYear) is { } year ? d.FirstDay(year) : null)
            .FirstOrDefault(d => d is not null);
        if (date is not { } day || GeneralAssemblySessions.InProgressOn(day) is not { } actual || actual == session)
        {
            return [];
        }
        var opened = GeneralAssemblySessions.OpenedIn(session);
        var span = opened is { } year ? $" ran from September {year} to September {year + 1}" : string.Empty;
        return [$"The {Ordinals.Of(session)} session of the General Assembly{span}; {day.Day} {CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(day.Month)} {day.Year} falls in the {Ordinals.Of(actual)} session."];
    }

    [GeneratedRegex(@"(?<![\d\p{L}-])(?:(?<number>\d{1,3})(?:st|nd|rd|th)|(?<words>(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|(?:(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth))\s+(?:\(resumed\)\s+)?(?:regular\s+|(?<emergency>emergency\s+special\s+)|(?<special>special\s+))?session\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Session();

    [GeneratedRegex(@"\bUNGA[\s-]?(?<number>\d{1,3})\b(?![/.]\d)|(?<![\d\p{L}-])(?:(?<number>\d{1,3})(?:st|nd|rd|th)|(?<words>(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|(?:(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth)))\s+(?:UNGA\b|(?:(?:UN|U\.N\.|United\s+Nations)\s+)?General\s+Assembly\b)(?!\s+(?:resolution|decision)s?\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamedSession();

    private const string OrdinalPattern = @"(?:\d{1,3}(?:st|nd|rd|th)|(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|(?:(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth)";

    [GeneratedRegex(@"(?<![\d\p{L}-])(?<ordinal>" + OrdinalPattern + @")(?:\s*,\s*(?<ordinal>" + OrdinalPattern + @"))*\s+and\s+(?<ordinal>" + OrdinalPattern + @")\s+(?:regular\s+|(?<emergency>emergency\s+special\s+)|(?<special>special\s+))?sessions\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CoordinatedSessions();

    /// <summary>"the first special session devoted to disarmament" describes a session, it does not number it.</summary>
    [GeneratedRegex(@"^\s+(?:devoted|dedicated)\s+to\b|^\s+ever\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Description();

    /// <summary>"… session of the", before whoever holds it.</summary>
    [GeneratedRegex(@"\G\s*(?:\(resumed\)\s*)?,?\s*of\s+(?:the\s+|its\s+)?", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OfWhom();

    [GeneratedRegex(@"^(?:UN|United\s+Nations)\b(?!\s+(?:Security|Human|Economic|Trusteeship|Commission|Conference)\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnitedNations();
}
