namespace ClaimTracker.Core.Text;

/// <summary>Character classes that repair and segmentation agree on.</summary>
public static class TextChars
{
    public const char SoftHyphen = '\u00AD';

    /// <summary>Hyphen-minus, soft hyphen, Unicode hyphen and non-breaking hyphen: the marks a line may break on.</summary>
    public static bool IsHyphen(char c) => c is '-' or SoftHyphen or '\u2010' or '\u2011';

    /// <summary><c>. ! ? …</c>, and the full stops, exclamation and question marks of Chinese and Japanese text (<c>。．！？</c>).</summary>
    public static bool IsSentenceTerminator(char c) => c is '.' or '!' or '?' or '\u2026' or '\u3002' or '\uFF0E' or '\uFF01' or '\uFF1F';

    /// <summary>Quotes and brackets that may close a sentence after its full stop: <c>mark!”</c>, <c>1993.)</c>.</summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '`' or '\u201D' or '\u2019' or '\u00BB' or '\u203A';

    /// <summary>Quotes and brackets that may open a sentence: <c>“The illegal presence…</c>.</summary>
    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '(' or '[' or '`' or '\u201C' or '\u2018' or '\u00AB' or '\u2039' or '\u201E';

    /// <summary>A line break in any of the conventions extracted text arrives with.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\f' or '\v' or '\u0085';

    /// <summary>
    /// Ornaments: dingbats, geometric shapes, miscellaneous symbols and emoji (surrogate pairs
    /// and their joiners). Never letters, digits or ordinary punctuation.
    /// </summary>
    public static bool IsDecoration(char c) =>
        char.IsSurrogate(c) || c is '\u200D' or '\uFE0F' or '\uFE0E' ||
        c is >= '\u25A0' and <= '\u25FF' or >= '\u2600' and <= '\u27BF' or >= '\u2B00' and <= '\u2BFF';

    /// <summary>The letters that end a line: "the" of "… with the".</summary>
    public static string TrailingWord(string source, TextSpan line)
    {
        var start = line.End;
        while (start > line.Start && char.IsLetter(source[start - 1]))
        {
            start--;
        }
        return source[start..line.End];
    }

    /// <summary>The letters a line opens with: "Council" of "Council decided …".</summary>
    public static string LeadingWord(string source, int start)
    {
        var end = start;
        while (end < source.Length && char.IsLetter(source[end]))
        {
            end++;
        }
        return source[start..end];
    }
}
