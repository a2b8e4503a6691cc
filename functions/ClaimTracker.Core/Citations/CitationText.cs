using System.Text;
using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// A unit's text as the recognisers read it. OCR and extraction damage numbers: digits spread
/// apart (<c>RESOLUTION 6 6 0 ( 1 9 9 0 )</c>, <c>RESOLUTIONS 242 AND 3 38 OF 1973</c>,
/// <c>S/14 5 67</c>), a line broken after a symbol's slash (<c>S/2024/ 202</c>), letters read for
/// digits (<c>7O7 (l991)</c>). Here the spaces are closed up and the letters read as the digits
/// they stand for, and a map takes every offset back to the unit's own text, so a citation still
/// points at exactly what the document wrote. Text with nothing to mend is used as it is.
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
        // Most units have nothing to mend: a cheap scan keeps them as they are.
        if (!MayNeedMending(unit))
        {
            return new CitationText(unit, null);
        }
        var chars = unit.ToCharArray();
        var dropped = new bool[unit.Length];
        var changed = false;
        foreach (Match m in LettersForDigits().Matches(unit))
        {
            if (m.Value.Count(char.IsAsciiDigit) >= 2)
            {
                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    chars[i] = chars[i] switch { 'l' or 'I' => '1', 'O' or 'o' => '0', var c => c };
                }
                changed = true;
            }
        }
        // The spaces are read after the letters: "47 8 (198O)" closes up once it reads "(1980)".
        var read = changed ? new string(chars) : unit;
        foreach (Match m in SpacedDigits().Matches(read))
        {
            changed |= DropSpaces(unit, m.Index, m.Length, dropped);
        }
        foreach (Match m in PaddedParenthesis().Matches(read))
        {
            changed |= DropSpaces(unit, m.Index, m.Length, dropped);
        }
        foreach (Match m in SpaceAfterSlash().Matches(read))
        {
            changed |= DropSpaces(unit, m.Index, m.Length, dropped);
        }
        foreach (Match m in SplitResolutionNumber().Matches(read))
        {
            if (m.Groups["a"].Length + m.Groups["b"].Length is >= 3 and <= 4)
            {
                changed |= DropSpaces(unit, m.Groups["a"].Index, m.Groups["b"].Index + m.Groups["b"].Length - m.Groups["a"].Index, dropped);
            }
        }
        foreach (Match m in SplitSymbolNumber().Matches(read))
        {
            changed |= m.Value.Count(char.IsAsciiDigit) <= 5 && DropSpaces(unit, m.Index, m.Length, dropped);
        }
        if (!changed)
        {
            return new CitationText(unit, null);
        }

        var text = new StringBuilder(unit.Length);
        var map = new List<int>(unit.Length + 1);
        for (var i = 0; i < chars.Length; i++)
        {
            if (!dropped[i])
            {
                text.Append(chars[i]);
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

    /// <summary>
    /// Where damage can be: a digit, a space or a bracket or slash and a space, and another digit
    /// ("6 6", "( 1", "/ 2"), or a digit beside a letter OCR takes for one ("7O", "l9").
    /// </summary>
    private static bool MayNeedMending(string text)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            var (a, b) = (text[i], text[i + 1]);
            if ((b == ' ' && i + 2 < text.Length && (char.IsAsciiDigit(text[i + 2]) || (a == '/' && text[i + 2] is 'A' or 'R' or 'C')) && (char.IsAsciiDigit(a) || a is '(' or '/')) ||
                (char.IsAsciiDigit(a) && b is 'l' or 'I' or 'O' or 'o') || (a is 'l' or 'I' or 'O' or 'o' && char.IsAsciiDigit(b)))
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

    /// <summary>A line broken after a symbol's slash: <c>A/RES/77/ 8</c>, <c>S/2024/ 202</c>.</summary>
    [GeneratedRegex(@"(?<=\b[A-Z]{1,5}(?:/[A-Z0-9.]{1,12})*/) (?=\d|(?:Add|Rev|Corr)\.\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpaceAfterSlash();

    /// <summary>
    /// A resolution number broken by one space where a list expects one number: <c>RESOLUTION 3 38 OF 1973</c>,
    /// <c>242 AND 66 0 (1990)</c>. Only right after the keyword or a list's "and" or comma, and only where
    /// a year or the list's next word follows, so two numbers of a list are never joined.
    /// </summary>
    [GeneratedRegex(@"(?<=\b(?:resolutions?|and)\s{1,2}|,\s{0,2})(?<a>\d{1,2}) (?<b>\d{1,2})(?=\s*\((?:19|20)\d\d\)|\s+of\s+(?:19|20)\d\d\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SplitResolutionNumber();

    /// <summary>A symbol's number spread apart by OCR: <c>S/14 5 67</c>, <c>A/3 8/48</c>; a lone digit among the groups tells it from a list.</summary>
    [GeneratedRegex(@"(?<=\b[ASE]/)(?=[\d ]*\b\d\b)\d{1,3}(?: \d{1,3}){1,3}(?!\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SplitSymbolNumber();

    /// <summary>A number with a letter OCR read for a digit: <c>7O7</c>, <c>(l991)</c>, <c>198O</c>; two real digits at least.</summary>
    [GeneratedRegex(@"(?<![\p{L}\d])(?=[\dlIOo]*[lIOo])[\dlIOo]{3,5}(?![\p{L}\d])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LettersForDigits();
}
