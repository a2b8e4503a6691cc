using System.Text.RegularExpressions;
using ClaimTracker.Core.Segmentation;
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
        var end = text.Length - 1;
        while (end >= 0 && TextChars.IsCloser(text[end]))
        {
            end--;
        }
        var endsOpen = end < 0 || !TextChars.IsSentenceTerminator(text[end]);
        // Only the ends of a block matter; a block can be a 20 MB line.
        var tail = text.Length > TailLength ? text[^TailLength..] : text;
        var broken = BrokenWordAtEnd().Match(tail);
        var last = LastWordAtEnd().Match(tail);
        var first = text.Length > 0 && char.IsLetter(text[0]) ? LeadingLetters(text) : null;
        return new BlockShape(
            words,
            SentenceSplitter.Split(text).Count,
            endsOpen,
            broken.Success ? broken.Groups["left"].Value : null,
            first,
            text.Length > 0 && char.IsLower(text[0]),
            text.Length > 0 && char.IsUpper(text[0]),
            NumberClause().IsMatch(text),
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

    private static string LeadingLetters(string text)
    {
        var end = 0;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[..end];
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
