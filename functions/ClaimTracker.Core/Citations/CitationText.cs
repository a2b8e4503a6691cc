using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// A unit's text as the recognisers read it. OCR spreads the digits of a number apart
/// (<c>RESOLUTION 6 6 0 ( 1 9 9 0 )</c>, <c>RESOLUTIONS 242 AND 3 38 OF 1973</c>); here they are
/// closed up, and a map takes every offset back to the unit's own text, so a citation still
/// points at exactly what the document wrote. Text with nothing to close up is used as it is.
/// </summary>
internal sealed partial class CitationText
{
    /// <summary>For each character of <see cref="Text"/>, its offset in the unit's text; null when the two are the same.</summary>
    private readonly int[]? _toUnit;

    private CitationText(string text, int[]? toUnit)
    {
        Text = text;
        _toUnit = toUnit;
    }

    public string Text { get; }

    public static CitationText Of(string unit)
    {
        // Most units hold no spaced-out digits: a cheap scan keeps them as they are.
        if (!MayHoldSpacedDigits(unit))
        {
            return new CitationText(unit, null);
        }
        var dropped = new bool[unit.Length];
        var any = false;
        foreach (Match m in SpacedDigits().Matches(unit))
        {
            any |= DropSpaces(unit, m.Index, m.Length, dropped);
        }
        foreach (Match m in PaddedParenthesis().Matches(unit))
        {
            any |= DropSpaces(unit, m.Index, m.Length, dropped);
        }
        foreach (Match m in SplitResolutionNumber().Matches(unit))
        {
            var digits = m.Groups["a"].Length + m.Groups["b"].Length;
            if (digits is >= 3 and <= 4)
            {
                any |= DropSpaces(unit, m.Groups["a"].Index, m.Groups["b"].Index + m.Groups["b"].Length - m.Groups["a"].Index, dropped);
            }
        }
        if (!any)
        {
            return new CitationText(unit, null);
        }

        var text = new StringBuilder(unit.Length);
        var map = new List<int>(unit.Length + 1);
        for (var i = 0; i < unit.Length; i++)
        {
            if (!dropped[i])
            {
                text.Append(unit[i]);
                map.Add(i);
            }
        }
        map.Add(unit.Length);
        return new CitationText(text.ToString(), [.. map]);
    }

    /// <summary>The unit-text range of [start, end) of <see cref="Text"/>.</summary>
    public (int Start, int End) ToUnit(int start, int end) =>
        _toUnit is null ? (start, end) : (_toUnit[start], end == 0 ? 0 : _toUnit[end - 1] + 1);

    private static bool DropSpaces(string unit, int start, int length, bool[] dropped)
    {
        var any = false;
        for (var i = start; i < start + length; i++)
        {
            if (unit[i] == ' ')
            {
                dropped[i] = any = true;
            }
        }
        return any;
    }

    private static bool MayHoldSpacedDigits(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (text[i] == ' ' && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '(') && char.IsAsciiDigit(text[i + 1]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Three or more lone digits a space apart: <c>6 6 0</c>, <c>1 9 9 0</c>. Prose has no such runs.</summary>
    [GeneratedRegex(@"(?<![\d.,/])\d(?: \d){2,4}(?![\d.,/]| \d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpacedDigits();

    /// <summary>A year in parentheses padded with spaces: <c>( 1990 )</c>.</summary>
    [GeneratedRegex(@"\( {1,2}(?=\d)|(?<=\(\d{4}) {1,2}\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PaddedParenthesis();

    /// <summary>
    /// A resolution number broken by one space where a list expects one number: <c>RESOLUTION 3 38 OF 1973</c>,
    /// <c>242 AND 66 0 (1990)</c>. Only right after the keyword or a list's "and" or comma, and only where
    /// a year or the list's next word follows, so two numbers of a list are never joined.
    /// </summary>
    [GeneratedRegex(@"(?<=\b(?:resolutions?|and)\s{1,2}|,\s{0,2})(?<a>\d{1,2}) (?<b>\d{1,2})(?=\s*\((?:19|20)\d\d\)|\s+of\s+(?:19|20)\d\d\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SplitResolutionNumber();
}
