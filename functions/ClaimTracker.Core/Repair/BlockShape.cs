using System.Text.RegularExpressions;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Core.Sentences;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Repair;

/// <summary>
/// What a block's text shows about where it stands in the flow of the document: whether it
/// ends mid-sentence (a column or page broke it), starts mid-sentence (it continues another
/// block), is a caption by its form, or is running prose.
/// </summary>
internal sealed partial record BlockShape(
    int Words,
    int Sentences,
    bool EndsOpen,
    string? BrokenWord,
    string? FirstWord,
    bool StartsLowercase,
    bool StartsCapitalized,
    bool StartsWithNumberClause,
    string? LastWord,
    bool LastWordAfterComma,
    bool EndsWithComma,
    bool EndsWithBareDate,
    bool HasSeparator)
{
    private const int TailLength = 80;

    public static BlockShape Of(string text)
    {
        var words = CountWords(text);
        var endsOpen = !EndsOnMark(text);
        // Only the ends of a block matter; a block can be a 20 MB line.
        var tail = text.Length > TailLength ? text[^TailLength..] : text;
        var broken = BrokenWordAtEnd().Match(tail);
        var last = LastWordAtEnd().Match(tail);
        // A list item starts on its words, not its marker: "a. The first item" is not continued text.
        var wordsStart = ListMarkers.LengthAt(text, 0);
        var opens = wordsStart < text.Length;
        var first = opens && char.IsLetter(text[wordsStart]) ? LeadingLetters(text, wordsStart) : null;
        return new BlockShape(
            words,
            SentenceSplitter.Split(text).Count,
            endsOpen,
            broken.Success ? broken.Groups["left"].Value : null,
            first,
            opens && char.IsLower(text[wordsStart]),
            opens && char.IsUpper(text[wordsStart]),
            NumberClause().IsMatch(text.AsSpan(wordsStart)),
            last.Success ? last.Groups["word"].Value.ToLowerInvariant() : null,
            last.Success && last.Groups["comma"].Success,
            text.EndsWith(',') || text.EndsWith(';'),
            BareDateAtEnd().IsMatch(tail),
            text.Contains(" | ", StringComparison.Ordinal) || text.Contains(" • ", StringComparison.Ordinal));
    }

    /// <summary>Finished sentences, or too long to be anything else: not a title, byline or subhead.</summary>
    public bool IsProse => (!EndsOpen && Words >= 8) || Words > 25;

    /// <summary>Starts mid-sentence: lowercase, or a number carrying on a date (<c>2021, "Azerbaijan…</c>).</summary>
    public bool StartsContinued => StartsLowercase || StartsWithNumberClause;

    /// <summary>Ends mid-sentence and is not a dated caption or a logo line.</summary>
    public bool EndsDangling => EndsOpen && !EndsWithBareDate && !HasSeparator;

    /// <summary>One short unfinished clause: body text cut short, or a caption. Evidence for either is weak.</summary>
    public bool IsShortClause => Sentences <= 1 && Words <= 30;

    /// <summary>
    /// Whether the text ends on a sentence's mark, with any closing quotes and brackets and footnote
    /// references after it: "in voting.[84]", "acquired by Iraq”.79" (not "at 3.5").
    /// </summary>
    private static bool EndsOnMark(string text)
    {
        var end = text.Length;
        while (end >= 3 && text[end - 1] == ']' && char.IsAsciiDigit(text[end - 2]))
        {
            var open = end - 2;
            while (open > 0 && end - open < 5 && char.IsAsciiDigit(text[open]))
            {
                open--;
            }
            if (text[open] != '[')
            {
                break;
            }
            end = open;
        }
        var footnote = end;
        while (footnote > 0 && end - footnote < 3 && char.IsAsciiDigit(text[footnote - 1]))
        {
            footnote--;
        }
        if (footnote < end && footnote >= 2 && TextChars.IsSentenceTerminator(text[footnote - 1]) && !char.IsDigit(text[footnote - 2]))
        {
            end = footnote;
        }
        while (end > 0 && TextChars.IsCloser(text[end - 1]))
        {
            end--;
        }
        return end > 0 && TextChars.IsSentenceTerminator(text[end - 1]);
    }

    private static string LeadingLetters(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[start..end];
    }

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }

    [GeneratedRegex(@"(?:^|[^\p{L}])(?<left>\p{L}+)[-\u2010\u2011]$", RegexOptions.RightToLeft)]
    private static partial Regex BrokenWordAtEnd();

    [GeneratedRegex(@"(?<comma>,\s*)?(?<word>\p{L}+)\W*$", RegexOptions.RightToLeft)]
    private static partial Regex LastWordAtEnd();

    /// <summary>A number carrying a sentence or a list on: "2021, Azerbaijan", "52/38 P of 9 December 1997".</summary>
    [GeneratedRegex(@"^\d{1,4}(?:/\d{1,4}(?:\s[A-Z](?=\s))?)?(?:,|\s+[a-z])")]
    private static partial Regex NumberClause();

    [GeneratedRegex(@"(?:^|[.!?”""’,]\s+)(?:\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?)\s+\d{4}$")]
    private static partial Regex BareDateAtEnd();
}
