using System.Text.RegularExpressions;
using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// Regular sessions of the General Assembly: <c>75th session</c>, <c>seventy-fifth session</c>,
/// <c>the 76th session of the UN General Assembly</c> → <c>UNGA 75</c>, where the sentence names
/// the General Assembly. A date in the same sentence is checked against the session: a session
/// that had closed, or not yet opened, on that date gets a warning.
/// </summary>
internal static partial class AssemblySessionRecognizer
{
    private static readonly string[] Ones = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
    private static readonly string[] Teens = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
    private static readonly string[] Tens = ["", "", "twent", "thirt", "fort", "fift", "sixt", "sevent", "eight", "ninet"];

    public static IEnumerable<FoundCitation> Recognize(string text, IReadOnlyList<DateMention> dates, int? contextYear)
    {
        if (!GeneralAssembly().IsMatch(text))
        {
            yield break;
        }
        foreach (Match match in Session().Matches(text))
        {
            var number = match.Groups["number"].Success
                ? int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : WordOrdinal(match.Groups["words"].Value);
            if (number is < 1 or > 200)
            {
                continue;
            }
            var citation = new FoundCitation(CitationKind.UngaSession, $"UNGA {number}", match.Index, match.Index + match.Length, null);
            yield return citation with { Warnings = Check(number, match, text, dates, contextYear) };
        }
    }

    private static string[] Check(int session, Match match, string text, IReadOnlyList<DateMention> dates, int? contextYear)
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
        return [$"The {Ordinal(session)} session of the General Assembly{span}; {day.Day} {Month(day.Month)} {day.Year} falls in the {Ordinal(actual)} session."];
    }

    private static int WordOrdinal(string words)
    {
        var lower = words.ToLowerInvariant().Replace(' ', '-');
        for (var n = 1; n <= 99; n++)
        {
            if (OrdinalWords(n) == lower)
            {
                return n;
            }
        }
        return 0;
    }

    private static string OrdinalWords(int n) => n switch
    {
        < 10 => Ones[n],
        < 20 => Teens[n - 10],
        _ when n % 10 == 0 => Tens[n / 10] + "ieth",
        _ => Tens[n / 10] + "y-" + Ones[n % 10],
    };

    private static string Ordinal(int n) => n + ((n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    private static string Month(int month) => System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    [GeneratedRegex(@"(?<!special\s)(?<!emergency\s)\b(?:(?<number>\d{1,3})(?:st|nd|rd|th)|(?<words>(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))|(?:(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ieth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth))\s+(?:regular\s+)?session\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Session();

    [GeneratedRegex(@"\bGeneral\s+Assembly\b|\bUNGA\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GeneralAssembly();
}
