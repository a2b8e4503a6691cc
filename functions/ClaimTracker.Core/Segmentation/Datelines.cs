using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// The dateline that opens a news report: "NEW YORK, 3 March —", "GENEVA (Reuters) -",
/// "UNITED NATIONS, Jan. 5 (AP) --", "KYIV, Ukraine, March 3 —". It says where and when the report
/// was filed and by whom, as a byline does: Segmentation makes it a unit of its own (front matter),
/// so the first claim starts at its own subject ("The Security Council adopted …") rather than with
/// a place that reads as that subject.
/// </summary>
public static partial class Datelines
{
    private const int MaxDatelineLength = 120;

    /// <summary>The length of the dateline opening <paramref name="text"/>, its dash and the space after it included; 0 when there is none.</summary>
    public static int Length(string text)
    {
        var match = Dateline().Match(text, 0, Math.Min(text.Length, MaxDatelineLength));
        if (!match.Success)
        {
            return 0;
        }
        // A place in capitals is a dateline by its type; a place in title case ("Geneva -") only with a date or an agency.
        var placeInCapitals = match.Groups["place"].Value.All(c => !char.IsLetter(c) || char.IsUpper(c));
        return placeInCapitals || match.Groups["date"].Success || match.Groups["agency"].Success ? match.Length : 0;
    }

    [GeneratedRegex("""
        ^(?<place>[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}|[A-Z][a-z'’-]+(?:[ ][A-Z][a-z'’-]+){0,2})
        (?:,[ ][A-Z][\p{L}.'’-]*(?:[ ][A-Z][\p{L}.'’-]*){0,2})?
        (?:,[ ](?<date>
            (?:(?i:mon|tues|wednes|thurs|fri|satur|sun)day,?[ ])?
            (?:\d{1,2}[ ](?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?(?:[ ]\d{4})?
              |(?i:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?[ ]\d{1,2}(?:,?[ ]\d{4})?
              |(?i:mon|tues|wednes|thurs|fri|satur|sun)day)
        ))?
        (?:[ ]?\((?<agency>[A-Z][\p{L}.&'’ ]{0,30})\))?
        (?:[ ]*[—–][ ]*|[ ]+-{1,2}[ ]+)
        (?=["“‘']?[\p{Lu}\d])
        """, RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex Dateline();
}
