using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// The Markdown links whose words a unit holds, placed in the unit's text: the unit cites each
/// web address by its words. A relative target (<c>map.png</c>, <c>#notes</c>, <c>/wiki/Page</c>)
/// names nothing outside the document it came from, and is no source.
/// </summary>
internal static class UnitLinks
{
    public static IReadOnlyList<UnitLink> Of(MappedText content, IReadOnlyList<MarkdownLink> links, string source)
    {
        if (links.Count == 0)
        {
            return [];
        }
        var found = new List<UnitLink>();
        var pieces = content.Pieces;
        for (var p = 0; p < pieces.Count; p++)
        {
            var piece = pieces[p];
            for (var l = Sorted.FirstAtOrAfter(links, piece.SourceStart, link => link.Label.Start); l < links.Count && links[l].Label.Start < piece.SourceEnd; l++)
            {
                var link = links[l];
                var url = source[link.Target.Start..link.Target.End];
                if (!url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }
                // The words may run over pieces where spaces were folded: the last piece holding them ends them.
                var last = p;
                while (last + 1 < pieces.Count && pieces[last + 1].SourceStart < link.Label.End && pieces[last + 1].SourceStart >= piece.SourceStart)
                {
                    last++;
                }
                var start = piece.TextStart + (link.Label.Start - piece.SourceStart);
                var end = pieces[last].TextStart + (Math.Min(link.Label.End, pieces[last].SourceEnd) - pieces[last].SourceStart);
                found.Add(new UnitLink(start, end, url));
            }
        }
        return found;
    }
}
