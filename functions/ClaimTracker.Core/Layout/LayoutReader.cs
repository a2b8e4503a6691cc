using System.Text.RegularExpressions;
using ClaimTracker.Core.Sentences;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// Reads extracted text into blocks in one pass over its lines. Blank lines, page breaks and
/// list markers end a block. Lines that are page furniture (page numbers, a short line
/// repeated on three or more pages, ornaments) are set aside as artefacts; a block they
/// interrupt carries on, so a paragraph cut by a page break is still one block.
/// </summary>
public static partial class LayoutReader
{
    /// <summary>Hard-wrapped text keeps its lines well under this; a block whose typical line is longer has a paragraph per line.</summary>
    private const int MaxWrappedLineLength = 150;

    /// <summary>Too few lines for their median to tell a wrap width: one line past any wrap says they are not wrapped.</summary>
    private const int FewLines = 3;

    /// <summary>No column of prose is this narrow: a block of lines no longer than this, and unpunctuated, is a list.</summary>
    private const int MaxListLineLength = 30;

    /// <summary>Two short lines are as likely one phrase wrapped; three or more unpunctuated ones make a list.</summary>
    private const int MinListLines = 3;

    public static DocumentLayout Read(string text)
    {
        var lines = ReadLines(text);
        var furniture = RunningHeaders.Find(text, lines);
        var footnotes = Footnotes.Find(text, lines, n => furniture.Contains(n) || PageNumber().IsMatch(text.AsSpan(lines[n].Span.Start, lines[n].Span.Length)));
        var blocks = new BlockCollector(text, ResolutionParagraphs.IsResolutionText(text, lines.Select(l => l.Span)));
        var wrappedLinks = Markdown.FindWrappedLinks(text, blocks.Links);
        var artefacts = new List<Artefact>();
        for (var n = 0; n < lines.Count; n++)
        {
            var (span, pageBreakAfter) = lines[n];
            if (span.Length == 0)
            {
                blocks.EndParagraph();
            }
            else if (FurnitureKind(text, lines, n, furniture, blocks) is { } kind)
            {
                artefacts.Add(new Artefact(span, kind));
            }
            else
            {
                // A footnote is a block of its own; the text it interrupts is linked across it in Repair, as across a caption.
                if (footnotes.Opens(n))
                {
                    blocks.OpenFootnote();
                }
                else if (!footnotes.Holds(n))
                {
                    blocks.LeaveFootnote();
                }
                blocks.Add(span, artefacts, InlineArtefacts.Within(footnotes.Markers, span).Concat(InlineArtefacts.Within(wrappedLinks, span)));
            }
            if (pageBreakAfter)
            {
                blocks.EndParagraph();
            }
        }
        blocks.Close();
        return new DocumentLayout(blocks.Blocks, artefacts) { Links = blocks.Links.OrderBy(l => l.Label.Start).ToArray() };
    }

    /// <summary>What kind of page furniture line <paramref name="n"/> is, or null when it is content.</summary>
    private static ArtefactKind? FurnitureKind(string text, List<(TextSpan Span, bool PageBreakAfter)> lines, int n, HashSet<int> furniture, BlockCollector blocks)
    {
        var line = text.AsSpan(lines[n].Span.Start, lines[n].Span.Length);
        if (PageNumber().IsMatch(line) && !InRunOfNumbers(text, lines, n) && !(blocks.IsOpen && ContinuesDate(text, blocks.PreviousContent)))
        {
            return ArtefactKind.PageNumber;
        }
        if (!HasLetterOrDigit(line))
        {
            return ArtefactKind.Decoration;
        }
        return furniture.Contains(n) ? ArtefactKind.RunningHeader : null;
    }

    /// <summary>
    /// Gathers content lines into blocks: a list marker opens a new block, and a closed run of lines is split at its paragraph ends.
    /// In a resolution (<paramref name="resolution"/>), the body line and each preambular or operative paragraph open blocks of their own.
    /// </summary>
    private sealed class BlockCollector(string text, bool resolution)
    {
        private readonly List<TextSpan> current = [];
        private readonly List<TextSpan> omitted = [];
        private bool currentIsListItem;
        private bool currentIsFootnote;
        private string previousMarker = "";

        public List<Block> Blocks { get; } = [];

        public List<MarkdownLink> Links { get; } = [];

        public TextSpan? PreviousContent { get; private set; }

        public bool IsOpen => current.Count > 0;

        public void Add(TextSpan span, List<Artefact> artefacts, IEnumerable<Artefact> foundInText)
        {
            if (current.Count > 0 && PreviousContent is { } before &&
                ((resolution && OpensSetParagraph(text, span, before)) || (SpeakerLabels.OpensTurn(text, span) && !LeadsOn(text, before))))
            {
                Close();
            }
            // A bullet glyph is also an ornament: it is read as a marker first, and opens its item's unit.
            var marker = currentIsFootnote ? 0 : ListMarker(text, span, current.Count == 0, PreviousContent, previousMarker, resolution);
            if (marker > 0)
            {
                Close();
                currentIsListItem = true;
                previousMarker = text.Substring(span.Start, marker).TrimEnd();
            }
            var content = TrimDecorations(text, span, artefacts, keepStart: marker);
            content = InlineArtefacts.Cut(text, content, marker, foundInText, artefacts, omitted, Links);
            if (content.Length > 0)
            {
                current.Add(content);
                if (!currentIsFootnote)
                {
                    // The text a note interrupts goes on after it: the line before is the text's.
                    PreviousContent = content;
                }
            }
        }

        /// <summary>The lines after this, up to the next footnote or the text it interrupts, are one footnote.</summary>
        public void OpenFootnote()
        {
            Close();
            currentIsFootnote = true;
        }

        public void LeaveFootnote()
        {
            if (currentIsFootnote)
            {
                Close();
            }
        }

        /// <summary>A blank line or a page break: the paragraph ends, unless all it holds so far is its number ("20." / "" / "The delegation …").</summary>
        public void EndParagraph()
        {
            if (!(current.Count == 1 && currentIsListItem && IsBareMarker(text, current[0])))
            {
                Close();
            }
        }

        public void Close()
        {
            var first = true;
            var shortLines = !currentIsFootnote && IsListOfShortLines(text, current);
            // A resolution's paragraph runs until the next opens (each opening closed the run before it), whatever its lines' lengths.
            var setParagraph = resolution && !currentIsFootnote && current.Count > 0 && RoleOf(text, current[0], currentIsListItem) != ParagraphRole.Running;
            var next = 0;
            var paragraphs = currentIsFootnote || setParagraph ? [current.ToArray()] : SplitParagraphs(text, current).ToList();
            foreach (var lines in paragraphs)
            {
                if (lines.Length == 0)
                {
                    continue;
                }
                var own = next;
                while (next < omitted.Count && omitted[next].End <= lines[^1].End)
                {
                    next++;
                }
                var listItem = (currentIsListItem && first) || shortLines;
                var role = resolution && !currentIsFootnote ? RoleOf(text, lines[0], currentIsListItem && first) : ParagraphRole.Running;
                Blocks.Add(new Block(Blocks.Count, lines, listItem, role)
                {
                    Omitted = omitted.GetRange(own, next - own),
                    IsFootnote = currentIsFootnote,
                });
                first = false;
            }
            current.Clear();
            omitted.Clear();
            currentIsListItem = false;
            currentIsFootnote = false;
        }
    }

    /// <summary>
    /// In a resolution, a line opens a paragraph of its own after the body line, as the body line,
    /// or as a preambular paragraph after one that ended with its comma or semicolon: the
    /// paragraphs of wrapped resolution text run on without blank lines or full stops.
    /// </summary>
    private static bool OpensSetParagraph(string text, TextSpan line, TextSpan previous) =>
        ResolutionParagraphs.IsBodyLine(text, previous) || ResolutionParagraphs.IsBodyLine(text, line) ||
        (text[previous.End - 1] is ',' or ';' && ResolutionParagraphs.OpensPreamble(text, line));

    /// <summary>A line that must go on into the next: it ends on a comma, a hyphen or a function word ("… according to the").</summary>
    private static bool LeadsOn(string text, TextSpan line) =>
        text[line.End - 1] is ',' || TextChars.IsHyphen(text[line.End - 1]) ||
        Vocabulary.WordClasses.IsFunctionWord(TextChars.TrailingWord(text, line).ToLowerInvariant());

    /// <summary>The part a paragraph of a resolution plays, by its first line: the body line, an operative item, a preambular paragraph.</summary>
    private static ParagraphRole RoleOf(string text, TextSpan firstLine, bool listItem) =>
        ResolutionParagraphs.IsBodyLine(text, firstLine) ? ParagraphRole.ResolutionBody
        : listItem && BulletMarker().Match(text, firstLine.Start, firstLine.Length) is { Success: false } ? ParagraphRole.Operative
        : ResolutionParagraphs.OpensPreamble(text, firstLine) ? ParagraphRole.Preambular
        : ParagraphRole.Running;

    /// <summary>A line that is only a paragraph's number, "20." or "(b)": the paragraph it numbers follows on the next line.</summary>
    private static bool IsBareMarker(string text, TextSpan line) => BareMarker().IsMatch(text.AsSpan(line.Start, line.Length));

    /// <summary>
    /// Splits a run of lines at paragraph ends that no blank line marks: text with one
    /// paragraph per line, or a subhead on its own line. In hard-wrapped prose every line but a
    /// paragraph's last fills the width, so a line well short of the widest that ends a sentence
    /// (or stands unpunctuated before a capital) ends its paragraph.
    /// </summary>
    private static IEnumerable<TextSpan[]> SplitParagraphs(string text, List<TextSpan> lines)
    {
        // A paragraph's number on a line of its own opens the paragraph, never one by itself.
        TextSpan[]? number = null;
        foreach (var paragraph in SplitParagraphsAtEnds(text, lines))
        {
            if (number is not null)
            {
                yield return [.. number, .. paragraph];
                number = null;
            }
            else if (paragraph.Length == 1 && IsBareMarker(text, paragraph[0]))
            {
                number = paragraph;
            }
            else
            {
                yield return paragraph;
            }
        }
        if (number is not null)
        {
            yield return number;
        }
    }

    private static IEnumerable<TextSpan[]> SplitParagraphsAtEnds(string text, List<TextSpan> lines)
    {
        if (lines.Count < 2)
        {
            if (lines.Count == 1)
            {
                yield return [lines[0]];
            }
            yield break;
        }
        var lengths = lines.Select(l => l.Length).Order().ToList();
        if (IsListOfShortLines(text, lines))
        {
            foreach (var line in lines)
            {
                yield return [line];
            }
            yield break;
        }
        // Text with one paragraph per line: no hard wrap is this long, so every line stands alone; of
        // two or three lines one that long is enough (a title, a note, then a paragraph unwrapped).
        if (lengths[lines.Count / 2] > MaxWrappedLineLength || (lines.Count <= FewLines && lengths[^1] > MaxWrappedLineLength))
        {
            // A paragraph a line; one a stray line break cut goes on: it ends on a hyphen or a
            // function word ("declared that the" / "Agreement was…"), or the next opens in lowercase.
            var from = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                var goesOn = i + 1 < lines.Count &&
                    ((LeadsOn(text, lines[i]) && text[lines[i].End - 1] != ',') || char.IsLower(text[lines[i + 1].Start]));
                if (!goesOn)
                {
                    yield return lines.GetRange(from, i + 1 - from).ToArray();
                    from = i + 1;
                }
            }
            yield break;
        }

        // The wrap width: most lines reach it, so a long outlier (a URL) does not set it.
        var width = lengths[(lines.Count - 1) * 4 / 5];
        var start = 0;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            var line = lines[i];
            var last = text[line.End - 1];
            var next = text[lines[i + 1].Start];
            var short_ = line.Length < width * 0.7;
            var endsSentence = (TextChars.IsSentenceTerminator(last) || (TextChars.IsCloser(last) && line.Length > 1 && TextChars.IsSentenceTerminator(text[line.End - 2])))
                               && !EndsOnAbbreviation(text, line, lines[i + 1]);
            var standsAlone = char.IsLetterOrDigit(last) && (char.IsUpper(next) || char.IsDigit(next)) && line.Length < width * 0.5;
            if ((short_ && (endsSentence || standsAlone)) || EndsInlineList(text, line, lines[i + 1]))
            {
                yield return lines.GetRange(start, i + 1 - start).ToArray();
                start = i + 1;
            }
        }
        yield return lines.GetRange(start, lines.Count - start).ToArray();
    }

    /// <summary>
    /// A line holding a list run inline ("a) here it is b) another c) one more") ends its last
    /// item, and the paragraph, when the next line opens a sentence with a word that cannot go on
    /// an item ("They went to the store.").
    /// </summary>
    private static bool EndsInlineList(string text, TextSpan line, TextSpan nextLine) =>
        char.IsLetter(text[line.End - 1]) && Abbreviations.OpensSentence(TextChars.LeadingWord(text, nextLine.Start)) &&
        ListMarkers.InlineItemStarts(text[line.Start..line.End]).Count >= 2;

    /// <summary>
    /// Three or more lines too short for any column of prose, none finishing a sentence or leading into the next
    /// (no comma, hyphen or function word at the break), are items one per line, as in a menu or a
    /// list of features: "features" / "contact manager" / "events, activities". "It was a cold" /
    /// "night in the city." is one sentence: its last line ends it.
    /// </summary>
    private static bool IsListOfShortLines(string text, List<TextSpan> lines)
    {
        if (lines.Count < MinListLines)
        {
            return false;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var last = text[line.End - 1];
            if (line.Length > MaxListLineLength || !char.IsLetterOrDigit(last) ||
                Vocabulary.WordClasses.IsFunctionWord(TextChars.TrailingWord(text, line).ToLowerInvariant()) ||
                (i + 1 < lines.Count && Vocabulary.WordClasses.IsFunctionWord(TextChars.LeadingWord(text, lines[i + 1].Start).ToLowerInvariant())))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>"…its deputy, Mr." / "Smith, who…": a full stop that belongs to an abbreviation or initial ends no paragraph.</summary>
    private static bool EndsOnAbbreviation(string text, TextSpan line, TextSpan next)
    {
        if (text[line.End - 1] != '.')
        {
            return false;
        }
        var start = line.End - 1;
        while (start > line.Start && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        var nextEnd = next.Start;
        while (nextEnd < next.End && !char.IsWhiteSpace(text[nextEnd]))
        {
            nextEnd++;
        }
        return Abbreviations.KeepsSentenceOpen(text.AsSpan(start, line.End - 1 - start), text.AsSpan(next.Start, nextEnd - next.Start));
    }

    /// <summary>Every line as its trimmed span (empty for blank lines), and whether a form feed follows it.</summary>
    private static List<(TextSpan Span, bool PageBreakAfter)> ReadLines(string text)
    {
        var lines = new List<(TextSpan, bool)>();
        var position = 0;
        while (position <= text.Length)
        {
            var end = position;
            while (end < text.Length && !TextChars.IsLineBreak(text[end]))
            {
                end++;
            }
            var pageBreak = end < text.Length && text[end] == '\f';
            lines.Add((Trim(text, position, end), pageBreak));
            if (end == text.Length)
            {
                break;
            }
            position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
        return lines;
    }

    /// <summary>
    /// Strips ornaments (stars, dingbats, emoji) from both ends of a line, recording them; a list
    /// marker of <paramref name="keepStart"/> characters stays, as its item's first word.
    /// </summary>
    private static TextSpan TrimDecorations(string text, TextSpan span, List<Artefact> artefacts, int keepStart = 0)
    {
        var start = span.Start;
        while (keepStart == 0 && start < span.End && (TextChars.IsDecoration(text[start]) || (start > span.Start && char.IsWhiteSpace(text[start]))))
        {
            start++;
        }
        var end = span.End;
        while (end > start + keepStart && (TextChars.IsDecoration(text[end - 1]) || (end < span.End && char.IsWhiteSpace(text[end - 1]))))
        {
            end--;
        }
        var trimmed = Trim(text, start, end);
        if (trimmed.Start > span.Start)
        {
            artefacts.Add(new Artefact(new TextSpan(span.Start, trimmed.Start), ArtefactKind.Decoration));
        }
        if (trimmed.End < span.End)
        {
            artefacts.Add(new Artefact(new TextSpan(trimmed.End, span.End), ArtefactKind.Decoration));
        }
        return trimmed;
    }

    /// <summary>
    /// The length of the list marker opening the line, or 0. Bullet glyphs always mark an item;
    /// dashes and numbers only where an item can begin (a block's first line, after a colon, a
    /// semicolon that closes an item, or a finished sentence), so a wrapped "– Armenian forces…" stays prose.
    /// </summary>
    private static int ListMarker(string text, TextSpan line, bool startsBlock, TextSpan? previous, string previousMarker, bool resolution)
    {
        var content = text.AsSpan(line.Start, line.Length);
        var bullet = BulletMarker().Match(text, line.Start, line.Length);
        if (bullet.Success)
        {
            return bullet.Length;
        }
        if (IsBareMarker(text, line) && (startsBlock || previous is not { } last || !char.IsLetterOrDigit(text[last.End - 1])))
        {
            // "20." alone: the number of the paragraph on the next line.
            return line.Length;
        }
        var numbered = NumberedMarker().Match(text, line.Start, line.Length);
        if (!numbered.Success || numbered.Length >= content.Length)
        {
            return 0;
        }
        // A resolution's preamble ends on a comma, and its first operative paragraph follows.
        var itemCanStart = startsBlock || previous is not { } before ||
            text[before.End - 1] is ':' or ';' || (resolution && text[before.End - 1] == ',') || TextChars.IsSentenceTerminator(text[before.End - 1]) || TextChars.IsCloser(text[before.End - 1]) ||
            FollowsMarker(previousMarker, numbered.ValueSpan.TrimEnd());
        return itemCanStart ? numbered.Length : 0;
    }

    /// <summary>
    /// Whether <paramref name="marker"/> is the next of a list whose last item opened with
    /// <paramref name="previous"/>: the same dash or star, or the next number or letter with the same
    /// punctuation ("1. apples" / "2. oranges"), so an item ending without punctuation still ends.
    /// </summary>
    private static bool FollowsMarker(string previous, ReadOnlySpan<char> marker)
    {
        if (previous.Length == 0)
        {
            return false;
        }
        var (style, value) = MarkerShape(marker);
        var (previousStyle, previousValue) = MarkerShape(previous);
        return style == previousStyle && (value == 0 ? marker.SequenceEqual(previous) : value == previousValue + 1);
    }

    /// <summary>A marker's punctuation around its count, and the count: "2." is ("#.", 2), "(b)" is ("(#)", 2), "*" is ("*", 0).</summary>
    private static (string Style, int Value) MarkerShape(ReadOnlySpan<char> marker)
    {
        var start = 0;
        while (start < marker.Length && !char.IsLetterOrDigit(marker[start]))
        {
            start++;
        }
        var end = start;
        while (end < marker.Length && char.IsLetterOrDigit(marker[end]))
        {
            end++;
        }
        var label = marker[start..end];
        var value = label.IsEmpty ? 0
            : int.TryParse(label, out var number) ? number
            : label.Length == 1 ? char.ToLowerInvariant(label[0]) - 'a' + 1
            : -1;
        return ($"{marker[..start]}{(label.IsEmpty ? "" : "#")}{marker[end..]}", value);
    }

    /// <summary>Page numbers stand alone: a number next to another bare number is a column of figures.</summary>
    private static bool InRunOfNumbers(string text, List<(TextSpan Span, bool PageBreakAfter)> lines, int n)
    {
        bool IsNumber(int at) => at >= 0 && at < lines.Count && lines[at].Span.Length > 0 &&
                                 BareNumber().IsMatch(text.AsSpan(lines[at].Span.Start, lines[at].Span.Length));
        return IsNumber(n - 1) || IsNumber(n + 1);
    }

    /// <summary>A number right after a line ending in a capitalised month name is the rest of a date (<c>24 September</c> / <c>2021</c>), not "may".</summary>
    private static bool ContinuesDate(string text, TextSpan? previous)
    {
        if (previous is not { } line)
        {
            return false;
        }
        var end = line.End;
        var start = end;
        while (start > line.Start && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return end > start && char.IsUpper(text[start]) && Vocabulary.WordClasses.Months.Contains(text[start..end].ToLowerInvariant());
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return new TextSpan(start, end);
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary><c>Page 3 of 12</c>, <c>p. 4</c>, <c>3/12</c>, <c>- 4 -</c>, or a bare number of up to three digits (a year alone is more likely a wrapped date).</summary>
    [GeneratedRegex(@"^(?:(?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?|[-–—]\s*\d{1,4}\s*[-–—])$", RegexOptions.IgnoreCase)]
    internal static partial Regex PageNumber();

    [GeneratedRegex(@"^\d{1,4}$")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:\d{1,3}\.|\(\d{1,3}\)|\([a-z]\)|\((?:i{1,3}|iv|v|vi{1,3}|ix|x)\))$", RegexOptions.None, 1000)]
    private static partial Regex BareMarker();

    [GeneratedRegex(@"\G[•◦▪▫‣⁃●○■□►▸➢✓✔]\s*")]
    internal static partial Regex BulletMarker();

    [GeneratedRegex(@"\G(?:[-–—*·]|\d{1,3}\.?\)|\d{1,3}\.|\(\d{1,3}\)|\(?[a-z]\.?\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\.?\))\s+")]
    internal static partial Regex NumberedMarker();
}
