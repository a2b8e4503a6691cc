namespace ClaimTracker.Core.ReferenceData;

/// <summary>
/// Regular sessions of the General Assembly by year: session N opens in September of 1945 + N
/// and runs until the next opens. Opening days vary within September, so for a date from 1 to
/// 21 September the session is not decided.
/// </summary>
public static class GeneralAssemblySessions
{
    /// <summary>No session has opened later in September than this day.</summary>
    private const int LatestOpeningDay = 21;

    private static readonly Lazy<Dictionary<int, int>> OpeningYear = new(() =>
        EmbeddedCsv.Rows("unga-sessions.csv").ToDictionary(r => r[0], r => r[1]));

    public static int? OpenedIn(int session) => OpeningYear.Value.TryGetValue(session, out var year) ? year : null;

    /// <summary>The latest regular session in the data.</summary>
    public static int Latest => OpeningYear.Value.Keys.Max();

    /// <summary>The regular session in progress on <paramref name="date"/>, or null when the date cannot tell.</summary>
    public static int? InProgressOn(DateOnly date)
    {
        int session;
        if (date.Month > 9 || (date.Month == 9 && date.Day > LatestOpeningDay))
        {
            session = date.Year - 1945;
        }
        else if (date.Month < 9)
        {
            session = date.Year - 1946;
        }
        else
        {
            return null;
        }
        // The first session ran from January 1946 until the second opened in September 1947.
        session = Math.Max(session, 1);
        return OpeningYear.Value.ContainsKey(session) ? session : null;
    }
}
