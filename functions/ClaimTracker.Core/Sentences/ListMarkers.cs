using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Sentences;

/// <summary>
/// The markers that open list items: bullets (<c>•</c>, <c>⁃</c>), numbers (<c>1.</c>, <c>2)</c>,
/// <c>3.)</c>, <c>(4)</c>), letters (<c>a.</c>, <c>b)</c>, <c>(c)</c>, <c>[d]</c>) and roman numerals (<c>(iv)</c>,
/// <c>v)</c>). A marker opens its item's unit. At the start of a sentence any marker shape is one
/// (<c>1. This is a list item.</c> is one sentence, not "1." and another); inside running text only
/// a run of consecutive markers of one style is a list (<c>1.) The first item 2.) The second item</c>),
/// so "for 1. above" or "paragraph 9 (b) (i)" stay prose.
/// </summary>
internal static class ListMarkers
{
    /// <summary>Numbered paragraphs of long reports run into the hundreds (<c>148.</c>).</summary>
    private const int MaxNumber = 999;

    private static readonly string[] Romans =
        ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx"];

    /// <summary>The shape of a marker: what counts (number, letter, roman) and how it is punctuated.</summary>
    private enum Count { Number, Lower, Upper, Roman, Bullet }

    private enum Punctuation { Dot, Paren, DotParen, Enclosed, None }

    private readonly record struct Marker(int Start, int Length, Count Count, Punctuation Punctuation, int Value, char Bullet)
    {
        public (Count, Punctuation, char) Style => (Count, Punctuation, Bullet);
    }

    public static bool IsBullet(char c) => c is '•' or '◦' or '▪' or '▫' or '‣' or '⁃' or '●' or '○' or '■' or '□' or '►' or '▸' or '➢' or '✓' or '✔';

    /// <summary>
    /// The length of the marker at <paramref name="index"/> with the space after it, or 0: the
    /// marker that opens a sentence there (<c>1. </c>, <c>(iv) </c>, <c>• 9. </c>, <c>A. </c>).
    /// </summary>
    public static int LengthAt(string text, int index)
    {
        var markers = Read(text, index, atSentenceStart: true);
        if (markers.Count == 0)
        {
            return 0;
        }
        var end = markers[^1].Start + markers[^1].Length;
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }
        return end - index;
    }

    /// <summary>
    /// Where items of an inline list begin inside <paramref name="text"/>, in order: each marker of
    /// a run of two or more consecutive markers of one style (<c>a. … b. … c. …</c>), or each bullet
    /// of a text that opens on that bullet (<c>• 9. The first item • 10. The second item</c>).
    /// Numbered and lettered markers closed by a full stop look too much like the end of a sentence
    /// ("he scored 1. Then 2. The …"), so their run must begin where an item can: at the start, or
    /// after a colon or a finished sentence.
    /// </summary>
    public static IReadOnlyList<int> InlineItemStarts(string text)
    {
        var candidates = new List<Marker>();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((i > 0 && !char.IsWhiteSpace(text[i - 1])) || !(char.IsAsciiLetterOrDigit(c) || c == '(' || IsBullet(c)))
            {
                continue;
            }
            foreach (var marker in Read(text, i, atSentenceStart: false))
            {
                if (!(marker.Punctuation is Punctuation.Enclosed && FollowsFunctionWord(text, i)) && !FollowsReferenceWord(text, i))
                {
                    candidates.Add(marker);
                }
            }
        }
        if (candidates.Count < 2)
        {
            return [];
        }

        var starts = new SortedSet<int>();
        foreach (var run in candidates.GroupBy(m => m.Style))
        {
            var markers = run.ToArray();
            if (run.Key.Item1 == Count.Bullet)
            {
                // Bullets do not count: they make a list where the text itself opens on one.
                if (markers.Length >= 2 && markers[0].Start == FirstNonSpace(text))
                {
                    starts.UnionWith(markers.Select(m => m.Start));
                }
                continue;
            }
            var runStart = -1;
            for (var k = 0; k < markers.Length; k++)
            {
                var continuesRun = k > 0 && markers[k - 1].Value + 1 == markers[k].Value;
                var goesOn = k + 1 < markers.Length && markers[k + 1].Value == markers[k].Value + 1;
                if (!continuesRun)
                {
                    runStart = goesOn ? k : -1;
                }
                if (runStart >= 0 && (continuesRun || goesOn) && CanOpenList(text, markers[runStart]))
                {
                    starts.Add(markers[k].Start);
                }
            }
        }
        // A bullet and the number after it ("• 10.") are one marker.
        var result = new List<int>(starts.Count);
        foreach (var start in starts)
        {
            if (result.Count > 0 && start - result[^1] <= 2 && IsBullet(text[result[^1]]))
            {
                continue;
            }
            result.Add(start);
        }
        return result;
    }

    /// <summary>A run closed by full stops opens at the start of the text or of a sentence; other runs anywhere.</summary>
    private static bool CanOpenList(string text, Marker first)
    {
        if (first.Punctuation is not Punctuation.Dot)
        {
            return true;
        }
        var before = first.Start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }
        while (before >= 0 && TextChars.IsCloser(text[before]))
        {
            before--;
        }
        if (before >= 0 && text[before] == '.' && EndsAbbreviation(text, before))
        {
            // "This is Mr. A. Starr over there. B. Boyden …": after a title the letters are initials.
            return false;
        }
        return before < 0 || text[before] is ':' or ';' || TextChars.IsSentenceTerminator(text[before]) || IsBullet(text[before]);
    }

    /// <summary>Whether the full stop at <paramref name="stop"/> closes a title, a connective or an initial rather than a sentence.</summary>
    private static bool EndsAbbreviation(string text, int stop)
    {
        var start = stop;
        while (start > 0 && stop - start < 8 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var word = text.AsSpan(start, stop - start);
        return word.Length == 1 || Abbreviations.IsTitle(word) || Abbreviations.IsConnective(word);
    }

    /// <summary>Whether the text before <paramref name="markerStart"/> leaves room for an item only: its start, or a colon or semicolon ("demanded: 1. a ceasefire; 2. a withdrawal").</summary>
    private static bool OpensItem(string text, int markerStart)
    {
        var before = markerStart - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before]))
        {
            before--;
        }
        return before < 0 || text[before] is ':' or ';';
    }

    /// <summary>"given in (4)", "from (2) it follows": an enclosed number after a preposition is a reference to an item, not one.</summary>
    private static bool FollowsFunctionWord(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > 0 && end - start < 12 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return end > start && Vocabulary.WordClasses.IsFunctionWord(text[start..end].ToLowerInvariant());
    }

    /// <summary>"No. 1. No. 2.": a number after a reference word is what it refers to, not an item.</summary>
    private static bool FollowsReferenceWord(string text, int index)
    {
        var end = index;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end == index || end == 0 || text[end - 1] != '.')
        {
            return false;
        }
        var start = end - 1;
        while (start > 0 && end - start < 8 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return Abbreviations.GoesBeforeNumbers(text.AsSpan(start, end - 1 - start));
    }

    private static int FirstNonSpace(string text)
    {
        var i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }

    /// <summary>
    /// The markers starting at <paramref name="index"/>: none, one, or a bullet followed by a
    /// number (<c>• 9.</c>, <c>⁃10.</c>). A single <c>i</c>, <c>v</c> or <c>x</c> is read both as a
    /// letter and as a roman numeral; the run it belongs to decides.
    /// </summary>
    private static List<Marker> Read(string text, int index, bool atSentenceStart)
    {
        if (index >= text.Length || !MayOpenMarker(text, index))
        {
            return [];
        }
        var found = new List<Marker>(2);
        if (IsBullet(text[index]))
        {
            var after = index + 1;
            while (after < text.Length && after - index <= 2 && text[after] == ' ')
            {
                after++;
            }
            if (after >= text.Length || !(char.IsLetterOrDigit(text[after]) || TextChars.IsOpener(text[after])))
            {
                return found;
            }
            found.Add(new Marker(index, 1, Count.Bullet, Punctuation.None, 0, text[index]));
            if (char.IsAsciiDigit(text[after]) && Counted(text, after, atSentenceStart: true) is { Count: > 0 } numbered)
            {
                found.Add(numbered[0]);
            }
            return found;
        }
        return Counted(text, index, atSentenceStart);
    }

    /// <summary>
    /// A cheap first look, as every word of a long text is one: a bullet, a bracket, or up to five
    /// letters and digits closed by a full stop, a bracket or a slash.
    /// </summary>
    private static bool MayOpenMarker(string text, int index)
    {
        if (IsBullet(text[index]) || text[index] is '(' or '[')
        {
            return true;
        }
        var end = index;
        while (end < text.Length && end - index <= 5 && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }
        return end > index && end - index <= 5 && end < text.Length && text[end] is '.' or ')' or '/';
    }

    private static List<Marker> Counted(string text, int index, bool atSentenceStart)
    {
        var found = new List<Marker>(2);
        if (atSentenceStart && NumberedLabel(text, index) is > 0 and var labelLength)
        {
            found.Add(new Marker(index, labelLength, Count.Number, Punctuation.Dot, 0, '\0'));
            return found;
        }
        // Square brackets enclose letters and numerals ("[z]", "[iv]"); a number in them is a reference ("[1]").
        var enclosed = text[index] is '(' or '[';
        var squared = text[index] == '[';
        var start = enclosed ? index + 1 : index;
        var end = start;
        while (end < text.Length && end - start < 5 && char.IsAsciiLetterOrDigit(text[end]))
        {
            end++;
        }
        if (end == start || end >= text.Length)
        {
            return found;
        }

        // The punctuation: "1." "1)" "1.)" or "(1)".
        Punctuation punctuation;
        int markerEnd;
        if (enclosed)
        {
            if (text[end] != (squared ? ']' : ')'))
            {
                return found;
            }
            (punctuation, markerEnd) = (Punctuation.Enclosed, end + 1);
        }
        else if (text[end] == ')')
        {
            (punctuation, markerEnd) = (Punctuation.Paren, end + 1);
        }
        else if (text[end] == '.' && end + 1 < text.Length && text[end + 1] == ')')
        {
            (punctuation, markerEnd) = (Punctuation.DotParen, end + 2);
        }
        else if (text[end] == '.')
        {
            (punctuation, markerEnd) = (Punctuation.Dot, end + 1);
        }
        else
        {
            return found;
        }
        var label = text.AsSpan(start, end - start);
        var lettered = label.Length == 1 && char.IsAsciiLetterLower(label[0]);
        if (!ItemFollows(text, index, markerEnd, punctuation, atSentenceStart || lettered))
        {
            return found;
        }

        if (squared && char.IsAsciiDigit(label[0]))
        {
            return found;
        }
        if (label.Length <= 3 && char.IsAsciiDigit(label[0]) && int.TryParse(label, out var number) && number is > 0 and <= MaxNumber)
        {
            found.Add(new Marker(index, markerEnd - index, Count.Number, punctuation, number, '\0'));
            return found;
        }
        if (lettered)
        {
            found.Add(new Marker(index, markerEnd - index, Count.Lower, punctuation, label[0] - 'a' + 1, '\0'));
        }
        else if (label.Length == 1 && char.IsAsciiLetterUpper(label[0]))
        {
            // "A." may be an initial ("Jonas E. Smith"): inside a sentence only a run of them opening
            // where an item can is a list, and one before another initial ("A. B. Smith") is none.
            found.Add(new Marker(index, markerEnd - index, Count.Upper, punctuation, label[0] - 'A' + 1, '\0'));
        }
        var roman = Array.IndexOf(Romans, label.ToString().ToLowerInvariant());
        if (roman >= 0 && (char.IsAsciiLetterLower(label[0]) || atSentenceStart))
        {
            found.Add(new Marker(index, markerEnd - index, Count.Roman, punctuation, roman + 1, '\0'));
        }
        return found;
    }

    /// <summary>
    /// The length of a numbered label opening a sentence, as a resolution or a section is headed:
    /// numbers joined by slashes or full stops and closed by a full stop, <c>80/27.</c>, <c>2.1.</c>,
    /// before a word. It is no sentence of its own.
    /// </summary>
    private static int NumberedLabel(string text, int index)
    {
        var i = index;
        var parts = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var digits = i;
            while (i < text.Length && i - digits < 5 && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            parts++;
            if (i + 1 < text.Length && text[i] is '/' or '.' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
        }
        return parts >= 2 && i < text.Length && text[i] == '.' && ItemFollows(text, index, i + 1, Punctuation.Dot, mayOpenLowercase: false) ? i + 1 - index : 0;
    }

    /// <summary>
    /// What follows a marker is an item: a space, then a word that is not a conjunction or "of"
    /// ("(a) and (b) of resolution 45" are references, not items), nor an initial ("A. B. Smith").
    /// After a full stop the item opens on a capital, or on anything after a colon or semicolon
    /// ("demanded: 1. a ceasefire; 2. …"); else the full stop ends a number ("for 1. above"). A
    /// lowercase letter is no number a sentence ends on, so its item may open in lowercase
    /// ("a. here it is b. another"); a run of consecutive letters still has to make the list.
    /// </summary>
    private static bool ItemFollows(string text, int markerStart, int markerEnd, Punctuation punctuation, bool mayOpenLowercase)
    {
        var word = markerEnd;
        while (word < text.Length && word - markerEnd < 3 && char.IsWhiteSpace(text[word]))
        {
            word++;
        }
        if (word == markerEnd || word >= text.Length)
        {
            return false;
        }
        var first = text[word];
        if (TextChars.IsOpener(first) && word + 1 < text.Length)
        {
            first = text[word + 1];
        }
        if (!char.IsLetter(first))
        {
            return false;
        }
        if (punctuation is Punctuation.Dot && !mayOpenLowercase && !char.IsUpper(first) && !OpensItem(text, markerStart))
        {
            return false;
        }
        var end = word;
        while (end < text.Length && end - word < 4 && char.IsLetter(text[end]))
        {
            end++;
        }
        var initial = end - word == 1 && end < text.Length && text[end] == '.';
        return !initial && text.AsSpan(word, end - word) is not ("and" or "or" or "nor" or "of");
    }
}
