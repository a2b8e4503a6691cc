using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// Finds sentence boundaries in running text. A sentence ends at <c>. ! ? …</c> (and any
/// closing quotes or brackets after it) when whitespace and a sentence start follow, unless
/// the full stop belongs to an abbreviation or an initial. What follows must look like the
/// start of a sentence: a lowercase word continues the sentence (<c>mark,” the President said</c>).
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The sentences of <paramref name="text"/>, trimmed and non-empty, in order.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var sentences = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!TextChars.IsSentenceTerminator(text[i]))
            {
                i++;
                continue;
            }

            var terminatorStart = i;
            while (i < text.Length && TextChars.IsSentenceTerminator(text[i]))
            {
                i++;
            }
            while (i < text.Length && TextChars.IsCloser(text[i]))
            {
                i++;
            }
            if (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            var next = i;
            while (next < text.Length && char.IsWhiteSpace(text[next]))
            {
                next++;
            }
            if (next < text.Length && !StartsSentence(text, next))
            {
                continue;
            }
            var singleFullStop = i - terminatorStart == 1 && text[terminatorStart] == '.';
            if (singleFullStop && next < text.Length &&
                Abbreviations.KeepsSentenceOpen(WordBefore(text, terminatorStart), WordAt(text, next)))
            {
                continue;
            }

            AddTrimmed(sentences, text, start, i);
            start = next;
            i = next;
        }
        AddTrimmed(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool StartsSentence(string text, int index)
    {
        var c = text[index];
        while (TextChars.IsOpener(c) && index + 1 < text.Length)
        {
            c = text[++index];
        }
        // Uppercase, digits, currency, and letters of scripts without case start sentences.
        return char.IsUpper(c) || char.IsDigit(c) || char.GetUnicodeCategory(c) is
            System.Globalization.UnicodeCategory.OtherLetter or System.Globalization.UnicodeCategory.CurrencySymbol;
    }

    /// <summary>The word ending just before <paramref name="end"/>, e.g. <c>Mr</c>, <c>U.S</c>, <c>N</c>.</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int end)
    {
        var start = end;
        while (start > 0 && end - start < 24 && !char.IsWhiteSpace(text[start - 1]) && !TextChars.IsOpener(text[start - 1]))
        {
            start--;
        }
        return text.AsSpan(start, end - start);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        while (start < text.Length && TextChars.IsOpener(text[start]))
        {
            start++;
        }
        var end = start;
        while (end < text.Length && end - start < 24 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return text.AsSpan(start, end - start);
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
