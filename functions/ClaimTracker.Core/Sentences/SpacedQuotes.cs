using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// Quote marks standing alone between sentences, as tokenised text sets them off with spaces
/// (<c>singer . ' Blessings of Baapu ' and</c>, <c>she wrote . '' Why</c>, <c>said . `` Come</c>). A straight mark
/// looks the same whether it opens or closes, so the quotation so far decides: a quotation still
/// open in the sentence just ended is closed by the mark; a sentence whose quotations are all
/// closed is followed by a mark that opens the next. A sentence without any quotation is the
/// tail of one opened before it (a quotation running over several sentences) unless the mark
/// is matched again within the next sentence.
/// </summary>
internal static class SpacedQuotes
{
    /// <summary>How far back the quotation marks of the sentence so far are counted, which keeps splitting linear.</summary>
    private const int Window = 400;

    private enum Family { Single, Double }

    /// <summary>
    /// The length of a quote mark at <paramref name="index"/> that stands alone, with a space
    /// after it: <c>'</c>, <c>"</c>, <c>''</c>, the backticks that open (<c>`</c>, <c>``</c>) and
    /// the curly quotes; else 0.
    /// </summary>
    public static int LengthAt(string text, int index)
    {
        if (index >= text.Length || !(text[index] is '\'' or '"' or '`' || IsCurlyOpener(text[index]) || IsCurlyCloser(text[index])))
        {
            return 0;
        }
        var length = text[index] is '\'' or '`' && index + 1 < text.Length && text[index + 1] == text[index] ? 2 : 1;
        return index + length < text.Length && char.IsWhiteSpace(text[index + length]) ? length : 0;
    }

    /// <summary>
    /// Whether the lone mark at <paramref name="mark"/> (<paramref name="length"/> characters)
    /// closes the sentence that starts at <paramref name="sentenceStart"/>, rather than opening
    /// the next one. Backticks and curly quotes say which they do; straight ones are counted.
    /// </summary>
    public static bool Closes(string text, int sentenceStart, int mark, int length)
    {
        if (text[mark] == '`' || IsCurlyOpener(text[mark]) || IsCurlyCloser(text[mark]))
        {
            return IsCurlyCloser(text[mark]);
        }
        var family = FamilyOf(text, mark, length);
        var (seen, open) = Count(text, Math.Max(sentenceStart, mark - Window), mark, family);
        if (seen > 0)
        {
            return open;
        }
        return !MatchedInNextSentence(text, mark + length, family);
    }

    private static bool IsCurlyOpener(char c) => c is '\u201C' or '\u2018' or '\u00AB' or '\u201E';

    private static bool IsCurlyCloser(char c) => c is '\u201D' or '\u2019' or '\u00BB';

    private static Family FamilyOf(string text, int mark, int length) =>
        length == 2 || text[mark] == '"' ? Family.Double : Family.Single;

    /// <summary>The marks of <paramref name="family"/> between <paramref name="from"/> and <paramref name="to"/>, and whether a quotation is left open.</summary>
    private static (int Seen, bool Open) Count(string text, int from, int to, Family family)
    {
        var seen = 0;
        var open = false;
        var j = from;
        while (j < to)
        {
            var (markFamily, length, opens) = MarkAt(text, j);
            if (length == 0)
            {
                j++;
                continue;
            }
            if (markFamily == family)
            {
                seen++;
                open = opens || !open;
            }
            j += length;
        }
        return (seen, open);
    }

    /// <summary>Whether a mark of <paramref name="family"/> appears before the next sentence ends, closing a quotation the lone mark opens.</summary>
    private static bool MatchedInNextSentence(string text, int from, Family family)
    {
        var limit = Math.Min(text.Length, from + Window);
        var j = from;
        while (j < limit)
        {
            if (TextChars.IsSentenceTerminator(text[j]) || TextChars.IsLineBreak(text[j]))
            {
                // The mark may trail the terminator: "… to you,' he added" or "… true . '".
                var after = j + 1;
                while (after < limit && text[after] == ' ')
                {
                    after++;
                }
                return after < limit && MarkAt(text, after) is var (markFamily, length, _) && length > 0 && markFamily == family;
            }
            var (found, size, _) = MarkAt(text, j);
            if (size > 0 && found == family)
            {
                return true;
            }
            j += Math.Max(size, 1);
        }
        return false;
    }

    /// <summary>
    /// The quote mark at <paramref name="index"/>: its family, length, and whether it can only open
    /// (a backtick). An apostrophe between letters (<c>Owen's</c>, <c>n't</c>) is none.
    /// </summary>
    private static (Family Family, int Length, bool Opens) MarkAt(string text, int index)
    {
        var c = text[index];
        var doubled = index + 1 < text.Length && text[index + 1] == c;
        switch (c)
        {
            case '"':
                return (Family.Double, 1, false);
            case '`':
                return doubled ? (Family.Double, 2, true) : (Family.Single, 1, true);
            case '\'' when doubled:
                return (Family.Double, 2, false);
            case '\'' when !(index > 0 && char.IsLetter(text[index - 1]) && index + 1 < text.Length && char.IsLetter(text[index + 1])):
                return (Family.Single, 1, false);
            default:
                return (Family.Single, 0, false);
        }
    }
}
