using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Repair;

/// <summary>
/// Joins the lines of a block into running text: a word hyphenated across a line break is
/// mended (<see cref="BrokenWord"/>), other breaks become one space, runs of spaces collapse
/// and soft hyphens vanish. Every kept character stays mapped to its source; every dropped
/// hyphen or repeated prefix is recorded as an artefact.
/// </summary>
public static class LineJoiner
{
    public static MappedText Join(string source, Block block, DocumentVocabulary vocabulary, ICollection<Artefact> artefacts)
    {
        var builder = new MappedTextBuilder(source);
        var lines = block.Lines;
        var nextOmitted = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            var end = line.End;
            var space = k + 1 < lines.Count;

            if (k + 1 < lines.Count && BrokenAtEnd(source, line) is { } left && char.IsLetter(source[lines[k + 1].Start]))
            {
                var next = lines[k + 1];
                var right = TextChars.LeadingWord(source, next.Start);
                // A capital after the break starts a name ("Franco-|German"), except in text set in capitals ("RESO-|LUTIONS").
                var inCapitals = IsCapitals(source.AsSpan(left.Start, left.Length)) && IsCapitals(right);
                var mend = char.IsUpper(source[next.Start]) && !inCapitals
                    ? BrokenWordMend.KeepHyphen
                    : BrokenWord.Decide(source[left.Start..left.End], right, vocabulary).Mend;
                space = false;
                switch (mend)
                {
                    case BrokenWordMend.Join:
                        end--;
                        artefacts.Add(new Artefact(new TextSpan(end, end + 1), ArtefactKind.Hyphen));
                        break;
                    case BrokenWordMend.DropRepeatedPrefix:
                        end = left.Start;
                        artefacts.Add(new Artefact(new TextSpan(left.Start, line.End), ArtefactKind.RepeatedPrefix));
                        break;
                }
            }
            else if (source[end - 1] == TextChars.SoftHyphen)
            {
                space = false;
            }

            AppendKept(builder, source, line.Start, end, block.Omitted, ref nextOmitted, artefacts);
            if (space)
            {
                builder.AppendInserted(" ");
            }
        }
        return builder.Build();
    }

    private static bool IsCapitals(ReadOnlySpan<char> word) => word.Length > 1 && !word.ContainsAnyInRange('a', 'z') && word.ContainsAnyInRange('A', 'Z');

    /// <summary>The letters before a hyphen that ends the line (<c>implemen-</c>), or null when the line ends otherwise.</summary>
    internal static TextSpan? BrokenAtEnd(string source, TextSpan line)
    {
        if (line.Length < 2 || !TextChars.IsHyphen(source[line.End - 1]) || source[line.End - 1] == TextChars.SoftHyphen || !char.IsLetter(source[line.End - 2]))
        {
            return null;
        }
        var start = line.End - 1;
        while (start > line.Start && char.IsLetter(source[start - 1]))
        {
            start--;
        }
        return new TextSpan(start, line.End - 1);
    }

    /// <summary>
    /// Copies source[start..end) without the ranges Layout left out of it (recorded there as
    /// artefacts), one space where a space stood: "in voting.[84] On 7 July" reads "in voting. On
    /// 7 July", "a **final** text" reads "a final text", and a space before a cut that punctuation
    /// follows goes with it: "a group [citation needed]." reads "a group.".
    /// </summary>
    private static void AppendKept(MappedTextBuilder builder, string source, int start, int end, IReadOnlyList<TextSpan> omitted, ref int next, ICollection<Artefact> artefacts)
    {
        var from = start;
        while (next < omitted.Count && omitted[next].Start < end)
        {
            var to = omitted[next].Start;
            var after = omitted[next++].End;
            while (next < omitted.Count && omitted[next].Start == after)
            {
                after = omitted[next++].End;
            }
            if (after < end && IsClosingPunctuation(source[after]))
            {
                while (to > from && char.IsWhiteSpace(source[to - 1]))
                {
                    to--;
                }
            }
            AppendCollapsed(builder, source, from, to, artefacts);
            from = after;
            if (builder.Length == 0 || builder[builder.Length - 1] == ' ')
            {
                while (from < end && char.IsWhiteSpace(source[from]))
                {
                    from++;
                }
            }
        }
        AppendCollapsed(builder, source, from, end, artefacts);
    }

    private static bool IsClosingPunctuation(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\u201D' or '\u2019';

    /// <summary>Copies source[start..end) with whitespace runs folded to a single space and soft hyphens dropped.</summary>
    private static void AppendCollapsed(MappedTextBuilder builder, string source, int start, int end, ICollection<Artefact> artefacts)
    {
        var i = start;
        while (i < end)
        {
            var c = source[i];
            if (c == TextChars.SoftHyphen)
            {
                artefacts.Add(new Artefact(new TextSpan(i, i + 1), ArtefactKind.Hyphen));
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
