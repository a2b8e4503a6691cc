using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// Finds sentence boundaries in running text, in one pass. A sentence ends at <c>. ! ? …</c> (with
/// any closing quotes, brackets and footnote references after it) when a sentence start follows:
/// after a space, or with none where PDF text lost it (<c>world.Today</c>), or past a quote mark
/// set off by spaces (<see cref="SpacedQuotes"/>). A lowercase word continues the sentence
/// (<c>mark,” the President said</c>) unless a plain word's full stop ended it in text that lost a
/// capital; so does a short bracket the mark stands in (<c>(Supp. No. 12)</c>), a whole
/// parenthesis inside the sentence (<see cref="Parentheses"/>) and a citation after it
/// (<c>…stairways [...]" (Smith 55).</c>). Whether a full stop belongs to an abbreviation is
/// <see cref="FullStops"/>' call. Ellipses of three spaced dots mark an omission inside a sentence,
/// unless a capital other than "I" follows; of four, its end. List items are sentences of their
/// own, opened by their markers (<see cref="ListMarkers"/>); a line break ends an inline one.
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
        var inItem = false;

        void EndSentence(int end, int next)
        {
            AddTrimmed(sentences, text, start, end);
            start = next;
            bodyStart = BodyStart(text, next);
            i = bodyStart;
            brackets = 0;
            inItem = false;
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
                inItem = true;
                continue;
            }

            var c = text[i];
            if (inItem && TextChars.IsLineBreak(c) && EndsItemLine(text, i) is var nextLine and > 0)
            {
                // "a) here it is b) another c) one more⏎They went to the store.": the line ends the last item.
                EndSentence(i, nextLine);
                continue;
            }
            if (c == '(' && Parentheses.Close(text, i) is var close and > 0)
            {
                if (i > bodyStart)
                {
                    // A parenthesis inside a sentence is part of it, whatever sentences it holds:
                    // "Nested (Parenthesis. (With words inside!) (More.)) In the Big City." Only a
                    // mark that ends it may end the sentence too: "(the hall was empty.) Then".
                    i = Parentheses.FinalMark(text, i, close) is var mark and >= 0 ? mark : close + 1;
                    continue;
                }
                if (Parentheses.FinalMark(text, i, close) < 0 && Parentheses.StandsAlone(text, i, close) && SkipSpace(text, close + 1) is var after && after < text.Length && after > close + 1 && StartsSentence(text, after))
                {
                    // A parenthesised citation between sentences is a unit of its own, though no mark
                    // ends it: "(Phil. 4:8) (Oh. Again!)". One that ends on a mark ends there as a sentence does.
                    EndSentence(close + 1, after);
                    continue;
                }
            }
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
                if (dots == 3 && !afterMark && !EllipsisEndsBeforeCapital(text, ellipsisEnd))
                {
                    // ". . ." leaves words out of a sentence ("see . . . what I'm saying"); at the end of
                    // one it trails the mark that ends it ("Happy! . . . No one"), takes a fourth dot,
                    // or stands before the capital that opens the next ("Happy . . . No one had").
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
            // Where the next sentence's words begin: past a quote mark set off by spaces ("singer . ' Blessings").
            var words = next;
            var end = i;
            if (SpacedQuotes.LengthAt(text, next) is var quote and > 0 && SkipSpace(text, next + quote) is var quoted && quoted < text.Length)
            {
                words = quoted;
                if (SpacedQuotes.Closes(text, start, next, quote))
                {
                    end = next + quote;
                    next = quoted;
                }
            }
            var singleMark = marksEnd - terminatorStart == 1;
            if (singleMark && c == '.' && i == marksEnd && brackets == 0 && words == next && words < text.Length && char.IsLower(text[words]) &&
                FullStops.EndsBeforeLowercase(text, bodyStart, terminatorStart, words))
            {
                // "… of inflammatory lesions. to investigate whether …": text that lost its capital.
                EndSentence(end, next);
                continue;
            }
            if (words >= text.Length || !StartsSentence(text, words) || InShortParenthesis(text, words, brackets))
            {
                continue;
            }
            if (singleMark && c == '.' && !FullStops.EndsSentence(text, bodyStart, terminatorStart, words, vocabulary))
            {
                continue;
            }
            // A name with its own mark ("Yahoo! Research") goes on; a mark a quote or bracket closes after ends: "(Oh. Again!) Syntok".
            if (singleMark && c == '!' && i == marksEnd && !FullStops.ExclamationEndsSentence(text, bodyStart, terminatorStart, words, vocabulary))
            {
                continue;
            }
            if (IsEllipsis(text, terminatorStart, marksEnd) && IsPronounI(text, words))
            {
                // "I thought... I would go.": the speaker trails off and picks up again.
                continue;
            }
            EndSentence(end, next);
        }
        AddTrimmed(sentences, text, start, text.Length);
        return sentences;
    }

    /// <summary>
    /// Where the next sentence starts when the line break at <paramref name="lineBreak"/> ends an
    /// inline list item, or 0: the item's line is done (it ends on a word that needs nothing after
    /// it) and the next line opens a sentence.
    /// </summary>
    private static int EndsItemLine(string text, int lineBreak)
    {
        // Only the first break after the line's last word: a run of blank lines is looked past once.
        var wordEnd = lineBreak;
        while (wordEnd > 0 && lineBreak - wordEnd < 8 && text[wordEnd - 1] is ' ' or '\t')
        {
            wordEnd--;
        }
        var last = FullStops.WordBefore(text, wordEnd);
        if (last.Length == 0 || !char.IsLetter(last[^1]) || !char.IsLower(last[0]) || WordClasses.IsFunctionWord(last.ToString()))
        {
            return 0;
        }
        var next = SkipSpace(text, lineBreak);
        return next < text.Length && StartsSentence(text, next) ? next : 0;
    }

    /// <summary>An ellipsis of three spaced dots before a capitalised word other than the pronoun "I" ends its sentence.</summary>
    private static bool EllipsisEndsBeforeCapital(string text, int ellipsisEnd)
    {
        var after = SkipSpace(text, ellipsisEnd);
        return after < text.Length && char.IsUpper(text[after]) && !IsPronounI(text, after);
    }

    /// <summary>The marks from <paramref name="start"/> to <paramref name="end"/> are an ellipsis: <c>...</c>, <c>…</c>, <c>. . .</c>.</summary>
    private static bool IsEllipsis(string text, int start, int end)
    {
        if (end - start < 2 && text[start] != '\u2026')
        {
            return false;
        }
        for (var j = start; j < end; j++)
        {
            if (text[j] is not ('.' or '\u2026' or ' '))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The pronoun "I" (<c>I</c>, <c>I'm</c>, <c>I’d</c>) at <paramref name="index"/>, not a word or initial that starts with I.</summary>
    private static bool IsPronounI(string text, int index) =>
        index < text.Length && text[index] == 'I' &&
        (index + 1 == text.Length || char.IsWhiteSpace(text[index + 1]) || (text[index + 1] is '\'' or '\u2019' && index + 2 < text.Length && char.IsLetter(text[index + 2])));

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
