using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Segmentation;

/// <summary>
/// Joins the lines of a paragraph into running text: a word hyphenated across a line break
/// (<c>implemen-</c> / <c>tation</c>) is rejoined, other breaks become one space, runs of
/// spaces collapse and soft hyphens vanish. Every kept character stays mapped to its source.
/// </summary>
public static class LineJoiner
{
    public static MappedText Join(string source, Paragraph paragraph)
    {
        var builder = new MappedTextBuilder(source);
        var lines = paragraph.Lines;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var next = k + 1 < lines.Count ? lines[k + 1] : (TextSpan?)null;
            var end = line.End;
            var joinWithoutSpace = false;

            if (next is { } following && EndsWithBreakHyphen(source, line) && StartsLowercase(source, following))
            {
                end--;
                joinWithoutSpace = true;
            }
            else if (source[end - 1] == TextChars.SoftHyphen)
            {
                joinWithoutSpace = true;
            }

            AppendCollapsed(builder, source, line.Start, end);
            if (next is not null && !joinWithoutSpace)
            {
                builder.AppendInserted(" ");
            }
        }
        return builder.Build();
    }

    private static bool EndsWithBreakHyphen(string source, TextSpan line) =>
        line.Length >= 2 && TextChars.IsHyphen(source[line.End - 1]) && char.IsLetter(source[line.End - 2]);

    private static bool StartsLowercase(string source, TextSpan line) => char.IsLower(source[line.Start]);

    /// <summary>Copies source[start..end) with whitespace runs folded to a single space and soft hyphens dropped.</summary>
    private static void AppendCollapsed(MappedTextBuilder builder, string source, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c == TextChars.SoftHyphen)
            {
                i++;
                continue;
            }
            if (!char.IsWhiteSpace(c))
            {
                builder.AppendSource(i, i + 1);
                i++;
                continue;
            }
            var runEnd = i;
            while (runEnd < end && char.IsWhiteSpace(source[runEnd]))
            {
                runEnd++;
            }
            if (runEnd - i == 1 && c == ' ')
            {
                builder.AppendSource(i, i + 1);
            }
            else
            {
                builder.AppendInserted(" ");
            }
            i = runEnd;
        }
    }
}
