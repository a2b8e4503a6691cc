using ClaimTracker.Core.Identity;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// Turns extracted text into units in reading order: paragraphs are read, their lines
/// joined, short standalone lines at the top become front matter and elsewhere headings,
/// and prose is split into sentences, each a claim.
/// </summary>
public static class ClaimSegmenter
{
    /// <summary>Front matter (title, byline) is looked for among this many leading paragraphs.</summary>
    private const int MaxFrontMatterParagraphs = 6;

    /// <summary>
    /// No sentence of real prose is this long; longer "sentences" are text with its punctuation
    /// lost, and are cut at spaces into fragments. The bound also keeps every unit within what
    /// one table row can hold.
    /// </summary>
    public const int MaxUnitLength = 2000;

    public static IReadOnlyList<Unit> Segment(string text)
    {
        var pieces = new List<(UnitKind Kind, MappedText Content)>();
        var inFrontMatter = true;
        var paragraphs = ParagraphReader.Read(text);
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            var joined = LineJoiner.Join(text, paragraph);
            if (string.IsNullOrWhiteSpace(joined.Text))
            {
                // Nothing but soft hyphens or other invisible characters.
                continue;
            }
            var shape = ParagraphShape.Of(joined.Text, paragraph.Lines.Count);

            inFrontMatter = inFrontMatter && !shape.IsProse && index < MaxFrontMatterParagraphs;
            if (inFrontMatter)
            {
                AddBounded(pieces, UnitKind.FrontMatter, joined);
            }
            else if (shape.IsHeading)
            {
                AddBounded(pieces, UnitKind.Heading, joined);
            }
            else
            {
                foreach (var sentence in SentenceSplitter.Split(joined.Text))
                {
                    AddBounded(pieces, UnitKind.Claim, joined.Slice(sentence.Start, sentence.End));
                }
            }
        }

        var ids = ClaimIdentity.AssignIds(pieces.Select(p => p.Content.Text));
        return pieces
            .Select((p, i) => new Unit(ids[i], i + 1, p.Kind, p.Content, p.Content.SourceSpans(text)))
            .ToArray();
    }

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
