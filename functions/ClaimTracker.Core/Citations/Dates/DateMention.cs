namespace ClaimTracker.Core.Citations.Dates;

/// <summary>
/// A date as the text writes it: <c>15 February 2020</c>, <c>12-16 July 2020</c>,
/// <c>February 15, 2020</c>, <c>on 17 October</c> (year to be carried over), <c>July 2021</c>.
/// </summary>
public readonly record struct DateMention(int Start, int End, int? Year, int Month, int? Day, int? LastDay)
{
    /// <summary>ISO 8601 in the given year: <c>2020-02-15</c>, <c>2020-07-12/2020-07-16</c>, <c>2021-07</c>.</summary>
    public string Iso(int year) =>
        Day is not { } day ? $"{year:D4}-{Month:D2}"
        : LastDay is { } last ? $"{year:D4}-{Month:D2}-{day:D2}/{year:D4}-{Month:D2}-{last:D2}"
        : $"{year:D4}-{Month:D2}-{day:D2}";

    /// <summary>The first day named, or null where the calendar has no such day (31 April, year 0).</summary>
    public DateOnly? FirstDay(int year) =>
        Day is { } day && year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, Month)
            ? new DateOnly(year, Month, day)
            : null;
}
