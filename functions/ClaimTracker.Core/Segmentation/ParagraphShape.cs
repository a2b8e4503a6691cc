using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// The layout evidence a paragraph offers about its kind: prose runs on and ends its
/// sentences; titles, bylines and subheads are short and stand alone without a full stop.
/// </summary>
internal readonly record struct ParagraphShape(int Words, int Lines, bool EndsWithTerminator, bool StartsUpper)
{
    /// <summary>A subhead fits on one line and has no more words than this.</summary>
    public const int MaxHeadingWords = 12;

    public static ParagraphShape Of(string text, int lines)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letterOrDigit = !char.IsWhiteSpace(c);
            words += letterOrDigit && !inWord ? 1 : 0;
            inWord = letterOrDigit;
        }

        var end = text.Length - 1;
        while (end >= 0 && TextChars.IsCloser(text[end]))
        {
            end--;
        }
        var endsWithTerminator = end >= 0 && TextChars.IsSentenceTerminator(text[end]);
        var first = text.Length > 0 ? text[0] : ' ';
        return new ParagraphShape(words, lines, endsWithTerminator, char.IsUpper(first) || char.IsDigit(first));
    }

    /// <summary>Running text: finished sentences, or too long to be anything else.</summary>
    public bool IsProse => (EndsWithTerminator && Words >= 8) || Words > 25;

    public bool IsHeading => Lines == 1 && !EndsWithTerminator && StartsUpper && Words <= MaxHeadingWords;
}
