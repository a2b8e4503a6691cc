using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// Cuts what a line carries besides its text, inside the line: Markdown syntax
/// (<see cref="Markdown"/>), note references (<see cref="ReferenceMarkers"/>), and what passes
/// over the whole text found in it (the numbers <see cref="Footnotes"/> found glued to the text,
/// the pieces of a link wrapped over two lines). Each is recorded as an artefact; at the line's
/// ends the line is shortened, inside it the range is left for the line joiner to skip.
/// </summary>
internal static class InlineArtefacts
{
    /// <summary>
    /// The line without the artefacts at its ends; those inside it go to <paramref name="omitted"/>.
    /// A list item's marker (its first <paramref name="keepStart"/> characters) stays.
    /// </summary>
    public static TextSpan Cut(string text, TextSpan line, int keepStart, IEnumerable<Artefact> foundInText, List<Artefact> artefacts, List<TextSpan> omitted, List<MarkdownLink> links)
    {
        if (line.Length == 0)
        {
            return line;
        }
        var found = Markdown.Find(text, line, links).ToList();
        var taken = new SpanSet();
        foreach (var artefact in found)
        {
            taken.Add(artefact.Span.Start, artefact.Span.End);
        }
        var markers = ReferenceMarkers.Find(text, line).Select(m => new Artefact(m, ArtefactKind.ReferenceMarker));
        foreach (var artefact in foundInText.Concat(markers).OrderBy(m => m.Span.Start))
        {
            if (!taken.Overlaps(artefact.Span.Start, artefact.Span.End))
            {
                taken.Add(artefact.Span.Start, artefact.Span.End);
                found.Add(artefact);
            }
        }
        if (found.Count == 0)
        {
            return line;
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        artefacts.AddRange(found);

        var start = line.Start;
        var end = line.End;
        var first = 0;
        while (keepStart == 0 && first < found.Count && found[first].Span.Start <= SkipSpaces(text, start, end))
        {
            start = found[first++].Span.End;
        }
        var last = found.Count;
        while (last > first && found[last - 1].Span.End >= SkipSpacesBack(text, start, end))
        {
            end = found[--last].Span.Start;
        }
        for (var i = first; i < last; i++)
        {
            omitted.Add(found[i].Span);
        }
        return new TextSpan(SkipSpaces(text, start, end), SkipSpacesBack(text, start, end));
    }

    private static int SkipSpaces(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        return start;
    }

    private static int SkipSpacesBack(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        return end;
    }

    /// <summary>The artefacts of <paramref name="sorted"/> (in text order) inside <paramref name="line"/>.</summary>
    public static IEnumerable<Artefact> Within(IReadOnlyList<Artefact> sorted, TextSpan line)
    {
        for (var i = Sorted.FirstAtOrAfter(sorted, line.Start, a => a.Span.Start); i < sorted.Count && sorted[i].Span.End <= line.End; i++)
        {
            yield return sorted[i];
        }
    }
}
