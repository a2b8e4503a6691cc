namespace ClaimTracker.Core.ReferenceData;

/// <summary>The year each Security Council resolution was adopted, from the numbers by year (1946 on).</summary>
public static class SecurityCouncilResolutions
{
    private static readonly Lazy<(int Year, int First, int Last)[]> Years = new(() =>
        EmbeddedCsv.Rows("unsc-resolutions-by-year.csv").Select(r => (r[0], r[1], r[2])).ToArray());

    /// <summary>The highest number whose year is known; later ones are newer than the data.</summary>
    public static int LastKnown => Years.Value[^1].Last;

    public static int FirstYear => Years.Value[0].Year;

    public static int LastYear => Years.Value[^1].Year;

    /// <summary>The year resolution <paramref name="number"/> was adopted, or null if it is beyond the data.</summary>
    public static int? YearOf(int number)
    {
        var years = Years.Value;
        if (number < 1 || number > years[^1].Last)
        {
            return null;
        }
        int low = 0, high = years.Length - 1;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (years[middle].Last < number)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return years[low].Year;
    }

    /// <summary>The numbers adopted in <paramref name="year"/>, or null if the year is outside the data.</summary>
    public static (int First, int Last)? NumbersOf(int year) =>
        Years.Value.FirstOrDefault(y => y.Year == year) is { Year: > 0 } found ? (found.First, found.Last) : null;
}
