namespace ClaimTracker.Core.ReferenceData;

/// <summary>Roman numerals as session numbers are written: <c>XXIX</c> for 29.</summary>
public static class RomanNumerals
{
    private static readonly (int Value, string Numeral)[] Parts =
        [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    public static string Of(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 399);
        var numeral = new System.Text.StringBuilder();
        foreach (var (part, letters) in Parts)
        {
            for (; value >= part; value -= part)
            {
                numeral.Append(letters);
            }
        }
        return numeral.ToString();
    }

    /// <summary>The value of a well-formed numeral (any case), or null: "IIII" and "VX" are not numerals.</summary>
    public static int? Parse(ReadOnlySpan<char> numeral) =>
        ByNumeral.Value.TryGetValue(numeral.ToString(), out var value) ? value : null;

    private static readonly Lazy<Dictionary<string, int>> ByNumeral = new(() =>
        Enumerable.Range(1, 399).ToDictionary(Of, v => v, StringComparer.OrdinalIgnoreCase));
}
