using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Dates;

/// <summary>Finds dates in the usual English forms. Month names must be capitalised, so "may" is a verb.</summary>
public static partial class EnglishDates
{
    private const string Months = "January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec";

    public static IReadOnlyList<DateMention> Find(string text)
    {
        var found = new List<DateMention>();
        var taken = new Text.SpanSet();
        foreach (var pattern in new[] { DayFirst(), MonthFirst(), MonthYear() })
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
        int? year = match.Groups["year"].Success ? int.Parse(match.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? day = match.Groups["day"].Success ? int.Parse(match.Groups["day"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        int? last = match.Groups["last"].Success ? int.Parse(match.Groups["last"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        if (day is < 1 or > 31 || last is < 1 or > 31 || (last is not null && last <= day))
        {
            return null;
        }
        if (day is null && year is null)
        {
            return null;
        }
        return new DateMention(match.Index, match.Index + match.Length, year, month, day, last);
    }

    private static int MonthNumber(string name) => name[..3] switch
    {
        "Jan" => 1, "Feb" => 2, "Mar" => 3, "Apr" => 4, "May" => 5, "Jun" => 6,
        "Jul" => 7, "Aug" => 8, "Sep" => 9, "Oct" => 10, "Nov" => 11, _ => 12,
    };

    /// <summary><c>15 February 2020</c>, <c>12-16 July 2020</c>, <c>3rd of October</c>.</summary>
    [GeneratedRegex(@"\b(?<day>\d{1,2})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?<last>\d{1,2})(?:st|nd|rd|th)?)?\s+(?:of\s+)?(?<month>" + Months + @")\b\.?(?:,?\s+(?<year>(?:1[89]|20)\d{2})\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayFirst();

    /// <summary><c>February 15, 2020</c>, <c>October 17</c>.</summary>
    [GeneratedRegex(@"\b(?<month>" + Months + @")\b\.?\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?:\s*[-–]\s*(?<last>\d{1,2})\b)?(?:,?\s+(?<year>(?:1[89]|20)\d{2})\b)?(?!\s*(?:%|per\s*cent|percent))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthFirst();

    /// <summary><c>July 2021</c>.</summary>
    [GeneratedRegex(@"\b(?<month>" + Months + @")\b\.?\s+(?<year>(?:1[89]|20)\d{2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MonthYear();
}
