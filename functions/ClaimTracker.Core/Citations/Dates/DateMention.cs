namespace ClaimTracker.Core.Citations.Dates;

/// <summary>
/// A date as the text writes it: <c>15 February 2020</c>, <c>12-16 July 2020</c>,
/// <c>30 July–2 August 1979</c>, <c>February 15, 2020</c>, <c>on 17 October</c> (year to be carried
/// over), <c>July 2021</c>.
/// </summary>
/// <param name="Year">The year of the first day; for <c>30 December 1979 – 2 January 1980</c>, 1979.</param>
/// <param name="LastDay">The last day of a range, or null for a single day.</param>
/// <param name="LastMonth">The month of the last day where the range crosses into another month; null within one month.</param>
public readonly record struct DateMention(int Start, int End, int? Year, int Month, int? Day, int? LastDay, int? LastMonth = null)
{
    /// <summary>ISO 8601 in the given year: <c>2020-02-15</c>, <c>2020-07-12/2020-07-16</c>, <c>1979-12-30/1980-01-02</c>, <c>2021-07</c>.</summary>
    public string Iso(int year)
    {
        if (Day is not { } day)
        {
            return $"{year:D4}-{Month:D2}";
        }
        if (LastDay is not { } last)
        {
            return $"{year:D4}-{Month:D2}-{day:D2}";
        }
        var lastMonth = LastMonth ?? Month;
        // A range that ends in an earlier month has run into the next year.
        var lastYear = lastMonth < Month ? year + 1 : year;
        return $"{year:D4}-{Month:D2}-{day:D2}/{lastYear:D4}-{lastMonth:D2}-{last:D2}";
    }

    /// <summary>The first day named, or null where the calendar has no such day (31 April, year 0).</summary>
    public DateOnly? FirstDay(int year) =>
        Day is { } day && year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, Month)
            ? new DateOnly(year, Month, day)
            : null;
}
