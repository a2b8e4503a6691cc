using System.Text.RegularExpressions;
using ClaimTracker.Core.Identity;
using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Repair;
using ClaimTracker.Core.Sentences;
using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// Turns extracted text into units in reading order: the layout is read into blocks (page
/// furniture set aside), lines are joined and broken words mended, sentences cut by column
/// and page breaks are stitched back across captions and columns, and the flowing text is
/// split into sentences. Title and byline are front matter; short verbless lines and leading
/// sentences are headings; dated, separated or clause-shaped short lines are captions; what a
/// break left without its other half is a fragment. A resolution's body line is a heading and each
/// of its paragraphs a claim; a speaker's label is a heading and a dateline front matter of their
/// own, cut from the sentence they open; text in capitals is cut as its mixed case would be.
/// </summary>
public static partial class ClaimSegmenter
{
    /// <summary>
    /// No sentence of real prose is this long; longer "sentences" are text with its punctuation
    /// lost, and are cut at spaces into fragments. The bound also keeps every unit within what
    /// one table row can hold.
    /// </summary>
    public const int MaxUnitLength = 2000;

    /// <summary>Front matter (title, byline) is looked for among this many leading blocks.</summary>
    private const int MaxFrontMatterBlocks = 6;

    /// <summary>A subhead is a noun phrase of no more words than this.</summary>
    private const int MaxHeadingWords = 14;

    private const int MaxCaptionWords = 40;

    private const int MaxFrontMatterWords = 20;

    /// <summary>A sentence interrupted by more blocks than this was carried to another column, not around a caption.</summary>
    private const int MaxInterruption = 3;

    public static SegmentedDocument Segment(string text)
    {
        var layout = LayoutReader.Read(text);
        var artefacts = new List<Artefact>(layout.Artefacts);
        var openingWords = layout.Blocks
            .Select(b => TextChars.LeadingWord(text, b.Lines[0].Start).ToLowerInvariant())
            .Where(w => w.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
        var vocabulary = DocumentVocabulary.Learn(text, layout.Lines, openingWords);
        var blocks = layout.Blocks
            .Select(block => new FlowBlock(block, LineJoiner.Join(text, block, vocabulary, artefacts)))
            .Where(block => !string.IsNullOrWhiteSpace(block.Text.Text))
            .ToList();

        var frontMatter = blocks
            .Take(MaxFrontMatterBlocks)
            .TakeWhile(b => !b.Block.IsSetParagraph && !b.Block.IsFootnote && SpeakerLabels.LabelEnd(b.Text.Text) == 0 && IsTitleOrByline(b))
            .ToHashSet();
        // A resolution's paragraphs end on commas and semicolons by their form: nothing of theirs is broken.
        // A footnote neither continues nor is continued: the sentence it interrupts is linked across it.
        ContinuationMatcher.Link(blocks.Where(b => !frontMatter.Contains(b) && !b.Block.IsListItem && !b.Block.IsSetParagraph && !b.Block.IsFootnote).ToArray(), vocabulary);

        var interrupters = Interrupters(blocks);
        var units = new List<(UnitKind Kind, MappedText Content)>();
        foreach (var block in blocks)
        {
            if (block.Block.IsFootnote)
            {
                AddBounded(units, UnitKind.Footnote, block.Text);
            }
            else if (frontMatter.Contains(block))
            {
                AddBounded(units, UnitKind.FrontMatter, block.Text);
            }
            else if (block.Block.Role == ParagraphRole.ResolutionBody)
            {
                // "The General Assembly,": whose resolution it is, the heading of all that follows.
                AddBounded(units, UnitKind.Heading, block.Text);
            }
            else if (block.Block.IsSetParagraph)
            {
                AddSetParagraph(units, block, vocabulary);
            }
            else if (block.Previous is not null)
            {
                // Emitted with the flow it continues.
            }
            else if (block.Next is null && Standalone(block) is { } kind)
            {
                AddOpened(units, interrupters.Contains(block) ? UnitKind.Caption : kind, block.Text, opensBlock: true);
            }
            else
            {
                AddFlow(units, text, block, vocabulary, artefacts);
            }
        }

        // Reading order is text order: a flow's later sentences follow the captions printed before them.
        units.Sort((a, b) => FirstSource(a.Content).CompareTo(FirstSource(b.Content)));
        var ids = ClaimIdentity.AssignIds(units.Select(u => u.Content.Text));
        var segmented = units
            .Select((u, i) => new Unit(ids[i], i + 1, u.Kind, u.Content, u.Content.SourceSpans(text)) { Links = UnitLinks.Of(u.Content, layout.Links, text) })
            .ToArray();
        return new SegmentedDocument(segmented, artefacts.OrderBy(a => a.Span.Start).ToArray());
    }

    private static int FirstSource(MappedText content) => content.Pieces.Count > 0 ? content.Pieces[0].SourceStart : int.MaxValue;

    /// <summary>
    /// Short blocks printed inside a sentence, between a break and its continuation a few blocks
    /// on: a subhead never interrupts a sentence, so these are captions or pull quotes.
    /// </summary>
    private static HashSet<FlowBlock> Interrupters(List<FlowBlock> blocks)
    {
        var interrupters = new HashSet<FlowBlock>();
        var position = blocks.Select((b, i) => (b, i)).ToDictionary(p => p.b, p => p.i);
        foreach (var block in blocks)
        {
            if (block.Next is { } next && next.Index > block.Index && next.Index - block.Index <= MaxInterruption + 1)
            {
                for (var i = position[block] + 1; i < position[next]; i++)
                {
                    interrupters.Add(blocks[i]);
                }
            }
        }
        return interrupters;
    }

    /// <summary>
    /// Title, byline or standfirst at the top: short, one sentence unpunctuated at the end (not a
    /// line of list items, "a. The first item b. The second item"), and neither cut from nor cut off
    /// its neighbours (no broken word, no lowercase start, no word that must go on).
    /// </summary>
    private static bool IsTitleOrByline(FlowBlock block)
    {
        var shape = block.Shape;
        return shape.Words <= MaxFrontMatterWords && shape.Sentences == 1 && shape.EndsOpen && !shape.StartsContinued && !block.Block.IsListItem &&
               shape.BrokenWord is null && !(shape.LastWord is { } last && WordClasses.IsFunctionWord(last));
    }

    /// <summary>The kind of a block that neither continues nor is continued, when it is not running prose.</summary>
    private static UnitKind? Standalone(FlowBlock block)
    {
        var shape = block.Shape;
        // A list item may be bulleted inline ("• 9. Stop smoking • 10. Get some rest"): its bullets are no logo separators.
        if (shape.Words <= MaxCaptionWords && (shape.EndsWithBareDate || (shape.HasSeparator && !block.Block.IsListItem)))
        {
            return UnitKind.Caption;
        }
        if (shape.StartsContinued || !shape.EndsOpen || !shape.IsShortClause || block.Block.IsListItem)
        {
            return null;
        }
        return ClauseShape.HasVerb(block.Text.Text) || shape.Words > MaxHeadingWords ? UnitKind.Caption : UnitKind.Heading;
    }

    /// <summary>A block and the blocks its sentences run on into, as units.</summary>
    private static void AddFlow(List<(UnitKind, MappedText)> units, string source, FlowBlock head, DocumentVocabulary vocabulary, List<Artefact> artefacts)
    {
        var flow = FlowText(source, head, vocabulary, artefacts, out var tail);
        // Text in capitals is read in the case it would have in mixed case; its units keep the capitals.
        var read = CapitalsText.IsInCapitals(flow.Text) ? CapitalsText.InMixedCase(flow.Text) : flow.Text;
        var sentences = WithParagraphNumbers(read, SentenceSplitter.Split(read, vocabulary));
        var leadingHeadings = head.Shape.StartsContinued || head.Block.IsListItem
            ? 0
            : sentences.TakeWhile(s => IsHeadingLike(read[s.Start..s.End])).Count();
        if (leadingHeadings == sentences.Count && flow.Text.Length > MaxHeadingWords * 2 * 8)
        {
            leadingHeadings = 0;
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = flow.Slice(sentences[i].Start, sentences[i].End);
            var kind = i < leadingHeadings ? UnitKind.Heading
                : (i == 0 && head.Shape.StartsContinued) || (i == sentences.Count - 1 && EndsBroken(tail)) ? UnitKind.Fragment
                : UnitKind.Claim;
            AddOpened(units, kind, sentence, opensBlock: i == 0 && !head.Shape.StartsContinued);
        }
    }

    /// <summary>
    /// A paragraph's number opens the sentence it numbers: "58 ." or "(c)" cut off as a sentence of
    /// its own (spaced by OCR, or read as a full stop) is joined to the next.
    /// </summary>
    private static List<TextSpan> WithParagraphNumbers(string text, IReadOnlyList<TextSpan> sentences)
    {
        var joined = new List<TextSpan>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (i + 1 < sentences.Count && ParagraphNumber().IsMatch(text.AsSpan(sentence.Start, sentence.Length)))
            {
                sentence = new TextSpan(sentence.Start, sentences[++i].End);
            }
            joined.Add(sentence);
        }
        return joined;
    }

    /// <summary>
    /// A preambular or operative paragraph of a resolution: its sentences are claims, whole, though
    /// they end on a comma or semicolon and open on a participle that would read as a subhead.
    /// </summary>
    private static void AddSetParagraph(List<(UnitKind, MappedText)> units, FlowBlock block, DocumentVocabulary vocabulary)
    {
        foreach (var sentence in SentenceSplitter.Split(block.Text.Text, vocabulary))
        {
            AddBounded(units, UnitKind.Claim, block.Text.Slice(sentence.Start, sentence.End));
        }
    }

    /// <summary>
    /// Adds a unit, first cutting off what opens it without being part of its sentence: a speaker's
    /// label ("MR. SMITH:", a heading) at any sentence start, a dateline ("GENEVA (Reuters) -", front
    /// matter) at the start of a block. What follows either is the speech or the report: a claim,
    /// unless it was already known to be a fragment.
    /// </summary>
    private static void AddOpened(List<(UnitKind, MappedText)> units, UnitKind kind, MappedText content, bool opensBlock)
    {
        var label = SpeakerLabels.LabelEnd(content.Text);
        var (openingKind, length) = label > 0 ? (UnitKind.Heading, label)
            : opensBlock && Datelines.Length(content.Text) is > 0 and var dateline ? (UnitKind.FrontMatter, dateline)
            : (kind, 0);
        if (length == 0)
        {
            AddBounded(units, kind, content);
            return;
        }
        var opening = content.Slice(0, content.Text.AsSpan(0, length).TrimEnd().Length);
        var restStart = length;
        while (restStart < content.Text.Length && char.IsWhiteSpace(content.Text[restStart]))
        {
            restStart++;
        }
        AddBounded(units, openingKind, opening);
        if (restStart < content.Text.Length)
        {
            AddBounded(units, kind == UnitKind.Fragment ? UnitKind.Fragment : UnitKind.Claim, content.Slice(restStart, content.Text.Length));
        }
    }

    /// <summary>The text of a flow: each block's text, joined to the next across its break.</summary>
    private static MappedText FlowText(string source, FlowBlock head, DocumentVocabulary vocabulary, List<Artefact> artefacts, out FlowBlock tail)
    {
        if (head.Next is null)
        {
            tail = head;
            return head.Text;
        }
        var builder = new MappedTextBuilder(source);
        var current = head;
        while (current.Next is { } next)
        {
            var text = current.Text;
            if (current.Shape.BrokenWord is { } left && next.Shape.FirstWord is { } right)
            {
                var hyphen = text.Text.Length - 1;
                switch (BrokenWord.Decide(left, right, vocabulary).Mend)
                {
                    case BrokenWordMend.Join:
                        Discard(text, hyphen, text.Text.Length, ArtefactKind.Hyphen, artefacts);
                        text = text.Slice(0, hyphen);
                        break;
                    case BrokenWordMend.DropRepeatedPrefix:
                        // "these ter-" + "territories": keep "these", then a space of our own.
                        Discard(text, hyphen - left.Length, text.Text.Length, ArtefactKind.RepeatedPrefix, artefacts);
                        text = text.Slice(0, text.Text.AsSpan(0, hyphen - left.Length).TrimEnd().Length);
                        builder.AppendMapped(text).AppendInserted(" ");
                        current = next;
                        continue;
                }
                builder.AppendMapped(text);
            }
            else
            {
                builder.AppendMapped(text).AppendInserted(" ");
            }
            current = next;
        }
        builder.AppendMapped(current.Text);
        tail = current;
        return builder.Build();
    }

    /// <summary>Records what a repair drops, piece by piece: characters already dropped (a soft hyphen) are recorded once, where they were.</summary>
    private static void Discard(MappedText text, int start, int end, ArtefactKind kind, List<Artefact> artefacts)
    {
        foreach (var span in text.SourceRanges(start, end))
        {
            artefacts.Add(new Artefact(span, kind));
        }
    }

    /// <summary>A flow left hanging: it stops on a broken word, a word that must be followed, or a comma.</summary>
    private static bool EndsBroken(FlowBlock tail) =>
        tail.Shape.EndsDangling && (tail.Shape.BrokenWord is not null || tail.Shape.EndsWithComma ||
                                    (tail.Shape.LastWord is { } last && WordClasses.IsFunctionWord(last)));

    /// <summary>A short noun phrase standing as a sentence: a subhead, alone or run into its paragraph.</summary>
    private static bool IsHeadingLike(string sentence)
    {
        if (sentence.Length == 0 || !char.IsUpper(sentence[0]) || sentence.IndexOfAny(['"', '“', '”', '«']) >= 0)
        {
            return false;
        }
        var words = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Any(char.IsLetterOrDigit)).ToArray();
        if (words.Length > MaxHeadingWords || ClauseShape.HasVerb(sentence))
        {
            return false;
        }
        // "The talks continue." reads as a sentence whose verb we cannot see; a subhead that opens
        // on an article is set in title case ("The Road to Peace").
        var opensOnArticle = WordClasses.Determiners.Contains(words[0].ToLowerInvariant());
        return !opensOnArticle || words.Count(w => char.IsUpper(w[0])) * 2 > words.Length;
    }

    /// <summary>A paragraph's number and nothing else: "58 .", "14.", "(c)", "iv)".</summary>
    [GeneratedRegex(@"^(?:\d{1,3}|\(?[a-z]\)|\(?(?:i{1,3}|iv|v|vi{1,3}|ix|x)\))\s?[.)]?$", RegexOptions.None, 1000)]
    private static partial Regex ParagraphNumber();

    /// <summary>Adds the unit, or, when it is longer than <see cref="MaxUnitLength"/>, its pieces cut at spaces as fragments.</summary>
    private static void AddBounded(List<(UnitKind, MappedText)> units, UnitKind kind, MappedText content)
    {
        if (content.Text.Length <= MaxUnitLength)
        {
            units.Add((kind, content));
            return;
        }
        var start = 0;
        var text = content.Text;
        while (start < text.Length)
        {
            var end = Math.Min(start + MaxUnitLength, text.Length);
            if (end < text.Length)
            {
                var space = text.LastIndexOf(' ', end - 1, end - start);
                end = space > start ? space : end;
                if (char.IsHighSurrogate(text[end - 1]))
                {
                    // Never between the two halves of one character.
                    end--;
                }
            }
            var piece = content.Slice(start, end);
            if (!string.IsNullOrWhiteSpace(piece.Text))
            {
                var trimmedStart = piece.Text.Length - piece.Text.TrimStart().Length;
                var trimmedEnd = piece.Text.TrimEnd().Length;
                units.Add((UnitKind.Fragment, piece.Slice(trimmedStart, trimmedEnd)));
            }
            start = end;
        }
    }
}
