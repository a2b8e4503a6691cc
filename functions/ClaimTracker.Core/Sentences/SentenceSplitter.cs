using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// Finds sentence boundaries in running text, in one pass. A sentence ends at <c>. ! ? …</c> (with
/// any closing quotes, brackets and footnote references after it) when a sentence start follows:
/// after a space, or with none where PDF text lost it (<c>world.Today</c>). A lowercase word
/// continues the sentence (<c>mark,” the President said</c>); so does a short parenthesis the mark
/// stands in (<c>(Supp. No. 12)</c>) and a citation after it (<c>…stairways [...]" (Smith 55).</c>).
/// Whether a full stop belongs to an abbreviation is <see cref="FullStops"/>' call. Ellipses of
/// three spaced dots mark an omission inside a sentence; of four, its end. List items are
/// sentences of their own, opened by their markers (<see cref="ListMarkers"/>).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>A full stop inside brackets that close within this many characters is the bracket's own (<c>(Phil. 4:8)</c>).</summary>
    private const int ShortParenthesis = 40;

    /// <summary>A parenthesis after the end of a sentence, and closed by a mark within this many characters, cites its source.</summary>
    private const int MaxCitation = 60;

    /// <summary>The sentences of <paramref name="text"/>, trimmed and non-empty, in order.</summary>
    /// <param name="vocabulary">The document's words, when known: evidence for abbreviations and names.</param>
    public static IReadOnlyList<TextSpan> Split(string text, DocumentVocabulary? vocabulary = null)
    {
        var sentences = new List<TextSpan>();
        var items = ListMarkers.InlineItemStarts(text);
        var nextItem = 0;
        var start = 0;
        var bodyStart = BodyStart(text, 0);
        var i = bodyStart;
        var brackets = 0;

        void EndSentence(int end, int next)
        {
            AddTrimmed(sentences, text, start, end);
            start = next;
            bodyStart = BodyStart(text, next);
            i = bodyStart;
            brackets = 0;
        }

        while (i < text.Length)
        {
            while (nextItem < items.Count && items[nextItem] < start)
            {
                nextItem++;
            }
            if (nextItem < items.Count && items[nextItem] <= i)
            {
                // An inline list item starts here: what came before it is done.
                var item = items[nextItem++];
                if (item > start)
                {
                    EndSentence(item, item);
                }
                continue;
            }

            var c = text[i];
            if (c is '(' or '[')
            {
                brackets++;
            }
            else if (c is ')' or ']')
            {
                brackets = Math.Max(0, brackets - 1);
            }
            if (!TextChars.IsSentenceTerminator(c))
            {
                i++;
                continue;
            }

            var terminatorStart = i;
            if (Terminators.IsBracketedOmission(text, i))
            {
                i = SkipRun(text, i);
                continue;
            }
            if (c == '.' && Terminators.SpacedDots(text, i) is var dots and > 0)
            {
                var attached = i > 0 && !char.IsWhiteSpace(text[i - 1]);
                var ellipsisEnd = Terminators.SpacedEnd(i, dots);
                if (attached && dots >= 4)
                {
                    // "compounds. . . . The practice": a full stop, then an ellipsis that opens the next sentence.
                    var afterEllipsis = SkipSpace(text, SkipClosers(text, ellipsisEnd, ref brackets));
                    if (afterEllipsis < text.Length && StartsSentence(text, afterEllipsis))
                    {
                        EndSentence(i + 1, i + 2);
                        i = afterEllipsis;
                        continue;
                    }
                    i = ellipsisEnd;
                    continue;
                }
                var afterMark = i >= 2 && text[i - 1] == ' ' && (TextChars.IsSentenceTerminator(text[i - 2]) || TextChars.IsCloser(text[i - 2]));
                if (dots == 3 && !afterMark)
                {
                    // ". . ." leaves words out of a sentence; at the end of one it takes a fourth dot,
                    // or trails the mark that ends it: "Happy! . . . No one had ever said so."
                    i = ellipsisEnd;
                    continue;
                }
                i = ellipsisEnd;
            }
            else
            {
                i = SkipRun(text, i);
            }
            var marksEnd = i;
            i = SkipClosers(text, i, ref brackets);
            i = Terminators.SkipFootnotes(text, i, terminatorStart);

            int next;
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                if (i != marksEnd || !Terminators.StartsGluedSentence(text, bodyStart, terminatorStart, i))
                {
                    continue;
                }
                next = i;
            }
            else
            {
                next = SkipSpace(text, i);
                while (next < text.Length && text[next] == '[' && Terminators.SkipFootnotes(text, next, next) is var afterNotes && afterNotes > next &&
                       (afterNotes == text.Length || char.IsWhiteSpace(text[afterNotes])))
                {
                    // "Hydrogen is a gas. [1][2] [3] It is colorless": references set off by a space still trail their sentence.
                    i = afterNotes;
                    next = SkipSpace(text, i);
                }
            }
            if (next >= text.Length || !StartsSentence(text, next) || InShortParenthesis(text, next, brackets))
            {
                continue;
            }
            var singleMark = marksEnd - terminatorStart == 1;
            if (singleMark && c == '.' && !FullStops.EndsSentence(text, bodyStart, terminatorStart, next, vocabulary))
            {
                continue;
            }
            if (singleMark && c == '!' && !FullStops.ExclamationEndsSentence(text, bodyStart, terminatorStart, next, vocabulary))
            {
                continue;
            }
            EndSentence(i, next);
        }
        AddTrimmed(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>Where the words of a sentence opening at <paramref name="index"/> begin: past spaces and a list marker (<c>1.)</c>, <c>• 9.</c>, <c>Q.</c>).</summary>
    private static int BodyStart(string text, int index)
    {
        index = SkipSpace(text, index);
        return index + ListMarkers.LengthAt(text, index);
    }

    private static int SkipRun(string text, int i)
    {
        while (i < text.Length && TextChars.IsSentenceTerminator(text[i]))
        {
            i++;
        }
        return i;
    }

    private static int SkipClosers(string text, int i, ref int brackets)
    {
        while (i < text.Length && TextChars.IsCloser(text[i]))
        {
            if (text[i] is ')' or ']')
            {
                brackets = Math.Max(0, brackets - 1);
            }
            i++;
        }
        return i;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// "(Supp. No. 12)", "(D., Wash.)", "(With words inside! (Right))": inside a bracket that closes
    /// soon, brackets nested in it aside, the mark is the bracket's.
    /// </summary>
    private static bool InShortParenthesis(string text, int next, int brackets)
    {
        if (brackets == 0)
        {
            return false;
        }
        var limit = Math.Min(text.Length, next + ShortParenthesis);
        var nested = 0;
        for (var j = next; j < limit; j++)
        {
            if (text[j] is '(' or '[')
            {
                nested++;
            }
            else if (text[j] is ')' or ']' && nested-- == 0)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsSentence(string text, int index)
    {
        var c = text[index];
        // A dash that opens an answer or a line of dialogue: "What do you see? - Posted like…".
        if (c is '-' or '–' or '—' && index + 2 < text.Length && text[index + 1] == ' ' && char.IsUpper(text[index + 2]))
        {
            return true;
        }
        if (c == '(' && IsCitation(text, index))
        {
            return false;
        }
        if (ListMarkers.LengthAt(text, index) > 0)
        {
            // "… least. (vii) And the Romans, too."
            return true;
        }
        while (TextChars.IsOpener(c) && index + 1 < text.Length)
        {
            c = text[++index];
        }
        // Uppercase, digits, currency, and letters of scripts without case start sentences.
        return char.IsUpper(c) || char.IsDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.CurrencySymbol;
    }

    /// <summary>
    /// A parenthesis holding no sentence of its own and closed by the mark that ends the sentence
    /// belongs to the sentence before it, as a citation after a quotation does: <c>…" (Smith 55).</c>
    /// </summary>
    private static bool IsCitation(string text, int open)
    {
        var limit = Math.Min(text.Length - 1, open + MaxCitation);
        for (var j = open + 1; j < limit; j++)
        {
            if (text[j] is '(' or '!' or '?' || TextChars.IsLineBreak(text[j]))
            {
                return false;
            }
            if (text[j] == ')')
            {
                return text[j + 1] is '.' or ',' or ';' && !TextChars.IsSentenceTerminator(text[j - 1]);
            }
        }
        return false;
    }

    private static void AddTrimmed(List<TextSpan> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new TextSpan(start, end));
        }
    }
}
