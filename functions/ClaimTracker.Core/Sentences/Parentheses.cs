using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// Parentheses that are whole: closed, nested ones aside, within a few hundred characters and
/// on the same line. Text extracted from PDFs often loses a closing bracket, so an unclosed "("
/// or one that runs on across a line break is no parenthesis here and swallows nothing.
/// </summary>
internal static class Parentheses
{
    /// <summary>A parenthesis longer than this is more likely unclosed than one aside.</summary>
    private const int MaxLength = 300;

    /// <summary>The index of the ")" that closes the "(" at <paramref name="open"/>, or -1.</summary>
    public static int Close(string text, int open)
    {
        var limit = Math.Min(text.Length, open + MaxLength);
        var depth = 0;
        for (var j = open; j < limit; j++)
        {
            var c = text[j];
            if (TextChars.IsLineBreak(c))
            {
                return -1;
            }
            if (c == '(')
            {
                depth++;
            }
            else if (c == ')' && --depth == 0)
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// Where the marks that end the parenthesis from <paramref name="open"/> to
    /// <paramref name="close"/> begin (<c>(the hall was empty.)</c>, <c>(More. This is it!))</c>), or -1.
    /// </summary>
    public static int FinalMark(string text, int open, int close)
    {
        var j = close;
        while (j > open + 1 && TextChars.IsCloser(text[j - 1]))
        {
            j--;
        }
        if (!TextChars.IsSentenceTerminator(text[j - 1]))
        {
            return -1;
        }
        while (j > open + 1 && TextChars.IsSentenceTerminator(text[j - 1]))
        {
            j--;
        }
        return j;
    }

    /// <summary>
    /// Whether the parenthesis holds a sentence or a citation of its own, a mark followed by a
    /// space or the close (<c>(Oh. Again!)</c>, <c>(Phil. 4:8)</c>), rather than an enumerator or a
    /// label (<c>(A)</c>, <c>(1999)</c>, <c>(Reuters)</c>).
    /// </summary>
    public static bool StandsAlone(string text, int open, int close)
    {
        for (var j = open + 1; j < close; j++)
        {
            if (TextChars.IsSentenceTerminator(text[j]) && j > open + 1 && char.IsLetter(text[j - 1]) && (text[j + 1] == ' ' || j + 1 == close))
            {
                return true;
            }
        }
        return false;
    }
}
