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

    public static IReadOnlyList<Unit> Segment(string text)
    {
        var pieces = new List<(UnitKind Kind, MappedText Content)>();
        var inFrontMatter = true;
        var paragraphs = ParagraphReader.Read(text);
        for (var index = 0; index < paragraphs.Count; index++)
        {
            var paragraph = paragraphs[index];
            var joined = LineJoiner.Join(text, paragraph);
            var shape = ParagraphShape.Of(joined.Text, paragraph.Lines.Count);

            inFrontMatter = inFrontMatter && !shape.IsProse && index < MaxFrontMatterParagraphs;
            if (inFrontMatter)
            {
                pieces.Add((UnitKind.FrontMatter, joined));
            }
            else if (shape.IsHeading)
            {
                pieces.Add((UnitKind.Heading, joined));
            }
            else
            {
                foreach (var sentence in SentenceSplitter.Split(joined.Text))
                {
                    pieces.Add((UnitKind.Claim, joined.Slice(sentence.Start, sentence.End)));
                }
            }
        }

        var ids = ClaimIdentity.AssignIds(pieces.Select(p => p.Content.Text));
        return pieces
            .Select((p, i) => new Unit(ids[i], i + 1, p.Kind, p.Content, p.Content.SourceSpans(text)))
            .ToArray();
    }
}
