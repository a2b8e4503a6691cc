using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Dates;

/// <summary>
/// Finds dates in the usual English forms, single days and ranges (<c>12-16 July 2020</c>, <c>from
/// 1 to 7 August 1979</c>, <c>between 3 and 5 May</c>, <c>30 July–2 August 1979</c>). Month names must
/// be capitalised, so "may" is a verb.
/// </summary>
public static partial class EnglishDates
{
    private static readonly System.Buffers.SearchValues<string> MonthStarts = System.Buffers.SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], StringComparison.Ordinal);

    /// <summary>Month names capitalised, so "may" is a verb; in full capitals too, for typewritten texts ("14 JANUARY 1980").</summary>
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER";

    private const string Year = @"(?:1[89]|20)\d{2}";

    private const string Ordinal = "(?:st|nd|rd|th)?";

    /// <summary>
    /// What joins the two ends of a range: a dash (<c>1–7</c>), <c>to</c>, <c>until</c>, <c>through</c>, or
    /// <c>and</c> where "between" opened it (<c>between 3 and 5 May</c>; "on 3 and 5 May" are two days).
    /// </summary>
    private const string RangeTo = @"(?:\s*[-–—]\s*|\s+(?:to|until|till|through)\s+|(?=\s+and\s)(?<=\bbetween\s+(?:the\s+)?\S{1,30}(?:\s+\S{1,30}){0,2})\s+and\s+)";

    public static IReadOnlyList<DateMention> Find(string text)
    {
        // Every date names its month: most units name none and need no pattern at all.
        if (!text.AsSpan().ContainsAny(MonthStarts))
        {
            return [];
        }
        var found = new List<DateMention>();
        var taken = new Text.SpanSet();
        // Longest forms first: a range across months holds two dates the later patterns would read apart.
        foreach (var pattern in new[] { CrossMonthDayFirst(), CrossMonthMonthFirst(), DayFirst(), MonthFirst(), MonthYear() })
        {
            foreach (Match match in pattern.Matches(text))
            {
                if (taken.Overlaps(match.Index, match.Index + match.Length) || ToMention(match) is not { } mention)
                {
                    continue;
                }
                found.Add(mention);
                taken.Add(mention.Start, mention.End);
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The date written starting exactly at <paramref name="position"/>, from dates in text order.</summary>
    public static DateMention? StartingAt(IReadOnlyList<DateMention> dates, int position) =>
        Text.Sorted.FirstAtOrAfter(dates, position, d => d.Start) is var i && i < dates.Count && dates[i].Start == position ? dates[i] : null;

    private static DateMention? ToMention(Match match)
    {
        var month = MonthNumber(match.Groups["month"].Value);
        int? lastMonth = match.Groups["lastMonth"].Success ? MonthNumber(match.Groups["lastMonth"].Value) : null;
        var year = Int(match.Groups["year"]);
        var firstYear = Int(match.Groups["firstYear"]);
        var day = Int(match.Groups["day"]);
        var last = Int(match.Groups["last"]);
        if (day is < 1 or > 31 || last is < 1 or > 31)
        {
            return null;
        }
        if (lastMonth == month)
        {
            lastMonth = null;
        }
        if (lastMonth is { } to)
        {
            // "30 December 1979 – 2 January 1980" runs into the next year; any other pair of years is two dates.
            var wraps = to < month;
            if (firstYear is { } from && year is { } until && until != from + (wraps ? 1 : 0))
            {
                return null;
            }
            year = firstYear ?? (wraps ? year - 1 : year);
        }
        else if (last is not null && last <= day)
        {
            return null;
        }
        if (day is null && year is null)
        {
            return null;
        }
        return new DateMention(match.Index, match.Index + match.Length, year, month, day, last, lastMonth);
    }

    private static int? Int(Group group) => group.Success ? int.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    private static int MonthNumber(string name) => name[..3].ToUpperInvariant() switch
    {
        "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
        "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, _ => 12,
    };

    /// <summary><c>30 July–2 August 1979</c>, <c>30 December 1979 to 2 January 1980</c>, <c>between 30 July and 2 August</c>.</summary>
    [GeneratedRegex(@"\b(?<day>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<month>" + Months + @")\b\.?(?:,?\s+(?<firstYear>" + Year + @")\b)?" + RangeTo + @"(?<last>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<lastMonth>" + Months + @")\b\.?(?:,?\s+(?<year>" + Year + @")\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CrossMonthDayFirst();

    /// <summary><c>July 30–August 2, 1979</c>.</summary>
    [GeneratedRegex(@"\b(?<month>" + Months + @")\b\.?\s+(?<day>\d{1,2})" + Ordinal + @"\b(?:,?\s+(?<firstYear>" + Year + @")\b)?" + RangeTo + @"(?<lastMonth>" + Months + @")\b\.?\s+(?<last>\d{1,2})" + Ordinal + @"\b(?:,?\s+(?<year>" + Year + @")\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CrossMonthMonthFirst();

    /// <summary><c>15 February 2020</c>, <c>12-16 July 2020</c>, <c>1 to 7 August 1979</c>, <c>3rd of October</c>.</summary>
    [GeneratedRegex(@"\b(?<day>\d{1,2})" + Ordinal + @"(?:" + RangeTo + @"(?<last>\d{1,2})" + Ordinal + @")?\s+(?:of\s+)?(?<month>" + Months + @")\b\.?(?:,?\s+(?<year>" + Year + @")\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayFirst();

    /// <summary><c>February 15, 2020</c>, <c>August 1 to 7, 1979</c>, <c>October 17</c>.</summary>
    [GeneratedRegex(@"\b(?<month>" + Months + @")\b\.?\s+(?<day>\d{1,2})" + Ordinal + @"\b(?:" + RangeTo + @"(?<last>\d{1,2})\b)?(?:,?\s+(?<year>" + Year + @")\b)?(?!\s*(?:%|per\s*cent|percent))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthFirst();

    /// <summary><c>July 2021</c>.</summary>
    [GeneratedRegex(@"\b(?<month>" + Months + @")\b\.?\s+(?<year>" + Year + @")\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthYear();
}
