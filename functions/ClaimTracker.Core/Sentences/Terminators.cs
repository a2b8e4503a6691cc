using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// Reads what ends a sentence and what may trail it: runs of marks (<c>?!</c>, <c>...</c>),
/// spaced ellipses (<c>. . .</c>), closing quotes and brackets, and footnote references
/// (<c>martyr.[1]</c>, <c>consultation.11 12</c>, <c>(type 2).10</c>).
/// </summary>
internal static class Terminators
{
    /// <summary>
    /// The number of dots in a spaced ellipsis starting at <paramref name="index"/>
    /// (<c>. . .</c> is 3, <c>. . . .</c> is 4), or 0 where the dot is not the first of one.
    /// </summary>
    public static int SpacedDots(string text, int index)
    {
        var dots = 1;
        var i = index + 1;
        while (i + 1 < text.Length && text[i] == ' ' && text[i + 1] == '.')
        {
            dots++;
            i += 2;
        }
        return dots >= 3 ? dots : 0;
    }

    /// <summary>The end of a spaced ellipsis of <paramref name="dots"/> dots that starts at <paramref name="index"/>.</summary>
    public static int SpacedEnd(int index, int dots) => index + (2 * dots) - 1;

    /// <summary><c>[...]</c>, <c>(…)</c>: an omission marked in brackets, never the end of a sentence.</summary>
    public static bool IsBracketedOmission(string text, int index) =>
        index > 0 && text[index - 1] is '[' or '(';

    /// <summary>
    /// Skips footnote references right after the end of a sentence: bracketed numbers
    /// (<c>[7][8]</c>) and superscripts anywhere, bare numbers glued to a full stop that follows a
    /// word or bracket (<c>consultation.11 12 Take</c>), never the decimals of a number (<c>1.5</c>).
    /// </summary>
    public static int SkipFootnotes(string text, int index, int terminatorStart)
    {
        var i = index;
        while (true)
        {
            if (i < text.Length && IsSuperscriptDigit(text[i]))
            {
                i++;
                continue;
            }
            if (i + 2 < text.Length && text[i] == '[' && char.IsAsciiDigit(text[i + 1]))
            {
                var close = i + 1;
                while (close < text.Length && close - i <= 4 && char.IsAsciiDigit(text[close]))
                {
                    close++;
                }
                if (close < text.Length && text[close] == ']')
                {
                    i = close + 1;
                    continue;
                }
            }
            break;
        }
        var gluedToWord = terminatorStart > 0 && (char.IsLetter(text[terminatorStart - 1]) || TextChars.IsCloser(text[terminatorStart - 1]));
        if (i != index || !gluedToWord || i >= text.Length || !char.IsAsciiDigit(text[i]))
        {
            return i;
        }
        // "consultation.11 12 Take": numbers of up to three digits, each followed by a space.
        var lastGroupEnd = index;
        var group = i;
        while (group < text.Length && char.IsAsciiDigit(text[group]))
        {
            var digits = group;
            while (digits < text.Length && digits - group < 4 && char.IsAsciiDigit(text[digits]))
            {
                digits++;
            }
            if (digits - group > 3 || (digits < text.Length && !char.IsWhiteSpace(text[digits]) && text[digits] != ','))
            {
                break;
            }
            lastGroupEnd = digits;
            group = digits;
            while (group < text.Length && group - digits < 3 && text[group] is ',' or ' ')
            {
                group++;
            }
        }
        return lastGroupEnd;
    }

    /// <summary>
    /// A sentence that starts right after the mark that ended the last, with no space between, as
    /// PDF text often runs: "Hello world.Today is Tuesday.Mr. Smith … bought 1,000.That is a lot."
    /// The word before is a word or a number and the word after an English word or a title, and
    /// neither is part of an address (<c>Jane.Doe@example.com</c>, <c>www.Example.com</c>) or a
    /// dotted short form (<c>U.S.Army</c>).
    /// </summary>
    public static bool StartsGluedSentence(string text, int sentenceStart, int terminatorStart, int next)
    {
        if (next >= text.Length || !char.IsUpper(text[next]))
        {
            return false;
        }
        if (IsWideTerminator(text[terminatorStart]))
        {
            return true;
        }
        var wordEnd = next + 1;
        while (wordEnd < text.Length && wordEnd - next < 24 && char.IsLower(text[wordEnd]))
        {
            wordEnd++;
        }
        if (wordEnd - next < 2 || (wordEnd < text.Length && char.IsLetterOrDigit(text[wordEnd])))
        {
            return false;
        }
        var right = text[next..wordEnd];
        var opens = Abbreviations.OpensSentence(right) || IsContraction(text, wordEnd);
        if (!(opens || EnglishWords.Contains(right.ToLowerInvariant()) || Abbreviations.IsTitle(right)))
        {
            return false;
        }
        var left = FullStops.WordBefore(text, terminatorStart, sentenceStart);
        // A single digit is a number only inside a sentence and before a word that opens one ("Chanel No 5.He"), not a marker ("1.The").
        var number = IsNumber(left) && (left.Length >= 2 || (opens && terminatorStart - left.Length > sentenceStart));
        var lettersOrNumber = number || (left.Length >= 2 && IsWord(left));
        if (!lettersOrNumber)
        {
            return false;
        }
        // The rest of the token after the word: an address goes on with '/', '@' or another dot.
        var tail = wordEnd;
        while (tail < text.Length && tail - wordEnd < 40 && !char.IsWhiteSpace(text[tail]))
        {
            if (text[tail] is '/' or '@' || (text[tail] == '.' && tail + 1 < text.Length && char.IsLetterOrDigit(text[tail + 1])))
            {
                return false;
            }
            tail++;
        }
        return true;
    }

    /// <summary>"Isn't", "Don't", "It's": a capitalised word with a contracted verb or "'s" after it opens a sentence.</summary>
    private static bool IsContraction(string text, int wordEnd)
    {
        if (wordEnd + 1 >= text.Length || text[wordEnd] is not ('\'' or '\u2019'))
        {
            return false;
        }
        var end = wordEnd + 1;
        while (end < text.Length && end - wordEnd <= 3 && char.IsLetter(text[end]))
        {
            end++;
        }
        return end > wordEnd + 1 && (end == text.Length || !char.IsLetter(text[end]));
    }

    /// <summary>Full stops of Chinese and Japanese text and their full-width forms need no space after them.</summary>
    public static bool IsWideTerminator(char c) => c is '\u3002' or '\uFF0E' or '\uFF01' or '\uFF1F';

    private static bool IsWord(ReadOnlySpan<char> word)
    {
        var lower = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
            lower |= char.IsLower(c);
        }
        return lower;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c != ',')
            {
                return false;
            }
        }
        return !word.IsEmpty && char.IsAsciiDigit(word[^1]);
    }

    private static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' or >= '\u2070' and <= '\u2079';
}
