using System.Text.RegularExpressions;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Citations.Dates;

/// <summary>The year each unit's narration has reached: what "on 17 October" in it means.</summary>
public static partial class ContextYears
{
    /// <summary>
    /// Each unit learns the year of the last full date before it, so a later "on 17 October" can be
    /// dated. A date the text measures from ("the territories occupied after 5 June 1967", "since
    /// 1 May 2004") is a point of reference, not the time the narration has reached.
    /// </summary>
    public static IReadOnlyList<Unit> Assign(IReadOnlyList<Unit> units)
    {
        int? year = null;
        var dated = new Unit[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            dated[i] = year is null ? units[i] : units[i] with { ContextYear = year };
            if (units[i].Kind == UnitKind.Footnote)
            {
                // A note's dates are its sources' ("Report …, 14 July 2004"), not where the narration has got to.
                continue;
            }
            var text = units[i].Text;
            foreach (var date in EnglishDates.Find(text))
            {
                if (!ReferencePoint().IsMatch(text.AsSpan(Math.Max(0, date.Start - 12), Math.Min(12, date.Start))))
                {
                    year = date.Year ?? year;
                }
            }
        }
        return dated;
    }

    [GeneratedRegex(@"\b(?:after|since|before|until|till)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReferencePoint();
}
