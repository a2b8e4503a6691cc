using System.Text.RegularExpressions;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// A note's reference inside a line, which is no part of what the sentence says:
/// <code>
///   … in voting.[84] On 7 July …        Wikipedia's numbered notes, chained: [3][4]
///   … the PLO,[a] and …                 lettered notes, and [note 3], [nb 2]
///   … as a terrorist group[citation needed] …   maintenance tags: "… needed", [who?], [dubious]
///   … the Council.¹ It …                 superscript digits
/// </code>
/// What a bracket holds in a quotation is the quoting author's text and stays: <c>[sic]</c>,
/// <c>[the Council]</c>, <c>[T]he</c>, <c>[1946th meeting]</c>. A bracket opening a line is a list
/// marker (<c>[1] Smith, J. …</c>), and a number in brackets after a space inside a sentence is
/// a reference read aloud ("as shown in [12]"), so numbers and letters must be glued to the
/// word or mark they follow, or stand after a finished sentence.
/// </summary>
internal static partial class ReferenceMarkers
{
    /// <summary>The reference markers in <paramref name="line"/>, none at its start: there a bracket or a number marks a list item or a footnote.</summary>
    public static IEnumerable<TextSpan> Find(string text, TextSpan line)
    {
        if (line.Length < 2)
        {
            yield break;
        }
        // Searched from the line's second character: the line's start is no marker's.
        for (var match = Bracketed().Match(text, line.Start + 1, line.Length - 1); match.Success; match = match.NextMatch())
        {
            if (match.Groups["tag"].Success || IsAttached(text, match.Index, line.Start))
            {
                yield return new TextSpan(match.Index, match.Index + match.Length);
            }
        }
        for (var match = Superscript().Match(text, line.Start + 1, line.Length - 1); match.Success; match = match.NextMatch())
        {
            if (!char.IsWhiteSpace(text[match.Index - 1]) && !AfterUnit(text, match.Index, line.Start))
            {
                yield return new TextSpan(match.Index, match.Index + match.Length);
            }
        }
    }

    /// <summary>
    /// Glued to what it marks (<c>martyr.[1]</c>, <c>PLO,[a]</c>, <c>]</c> of the marker before), or,
    /// for a number, after a space that follows a finished sentence (<c>martyr. [1]</c>). A letter
    /// set off by a space after a sentence is the next item's enumerator (<c>here. [z] Last</c>).
    /// </summary>
    private static bool IsAttached(string text, int at, int lineStart)
    {
        if (!char.IsWhiteSpace(text[at - 1]))
        {
            return true;
        }
        if (char.IsLetter(text[at + 1]))
        {
            return false;
        }
        var before = at - 1;
        while (before > lineStart && char.IsWhiteSpace(text[before - 1]))
        {
            before--;
        }
        if (before == lineStart)
        {
            return false;
        }
        var mark = before - 1;
        while (mark > lineStart && TextChars.IsCloser(text[mark]) && text[mark] != ']')
        {
            mark--;
        }
        return TextChars.IsSentenceTerminator(text[mark]) || text[before - 1] == ']';
    }

    /// <summary>"m²", "km³": a superscript after a unit of one or two letters is a power, not a note.</summary>
    private static bool AfterUnit(string text, int at, int lineStart)
    {
        var start = at;
        while (start > lineStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return at - start is 1 or 2 && (start == lineStart || !char.IsLetter(text[start - 1]));
    }

    /// <summary>
    /// <c>[12]</c>, <c>[a]</c>, <c>[note 3]</c>, <c>[citation needed]</c>, <c>[who?]</c>: digits, one or
    /// two lowercase letters, a note's name and number, or a maintenance tag; never before a
    /// letter (<c>[T]he</c>, <c>[a]nd</c>) or an opening parenthesis (a Markdown link's text).
    /// </summary>
    [GeneratedRegex(
        @"\[(?:\d{1,4}|[a-z]{1,2}|(?i:note|nb|n|fn|lower-alpha|upper-alpha)\s?[a-z\d]{1,3}|(?<tag>[A-Za-z][A-Za-z ,'’–-]{0,40}?(?:\sneeded|\?)|(?i:dubious|disputed|failed verification|unreliable source|improper synthesis|discuss|irrelevant citation|verification needed)(?:\s[–-]\s(?i:discuss))?))\](?![\p{L}\p{N}(])",
        RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bracketed();

    /// <summary>Superscript digits, a list of them (<c>¹²</c>, <c>³⁻⁵</c>, <c>¹,²</c>), before anything but another letter or digit.</summary>
    [GeneratedRegex(@"[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?:[,⁻\-–][⁰¹²³⁴⁵⁶⁷⁸⁹]+)*(?![\p{L}\p{N}])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Superscript();
}
