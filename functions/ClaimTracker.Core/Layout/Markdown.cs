using System.Text.RegularExpressions;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// Markdown syntax in text that arrives as Markdown (a wiki converted, a README, a chat export),
/// which no reader sees and no claim says:
/// <code>
///   [the resolution](https://undocs.org/A/RES/67/19)   the text stays; the address is a link target the unit cites
///   ![Map of the region](map.png)                       an image: left out whole
///   &lt;https://un.org/&gt;                                   an autolink: the address stays as text, its brackets go
///   **adopted**, __adopted__, *adopted*, _adopted_      emphasis: the words stay, the marks go
///   ## Background                                       a heading's marks
/// </code>
/// Emphasis needs both marks on one line, each against its words and not inside a word
/// (<c>snake_case_name</c>, <c>2*3*4</c> stay as they are).
/// </summary>
internal static partial class Markdown
{
    /// <summary>The syntax in <paramref name="line"/>; its links also go to <paramref name="links"/>.</summary>
    public static IEnumerable<Artefact> Find(string text, TextSpan line, List<MarkdownLink> links)
    {
        // Each construct's pieces, whole or not at all: an image's alt text may look like a link, an
        // address may hold an underscore; what is found first (images, then links) wins.
        var constructs = new List<Artefact[]>();
        if (HeadingMarks().Match(text, line.Start, line.Length) is { Success: true } heading)
        {
            constructs.Add([Piece(heading.Index, heading.Index + heading.Length, ArtefactKind.Markup)]);
        }
        for (var match = Image().Match(text, line.Start, line.Length); match.Success; match = match.NextMatch())
        {
            constructs.Add([Piece(match.Index, match.Index + match.Length, ArtefactKind.Image)]);
        }
        for (var match = Link().Match(text, line.Start, line.Length); match.Success; match = match.NextMatch())
        {
            var label = match.Groups["label"];
            var target = match.Groups["target"];
            constructs.Add(
            [
                Piece(match.Index, label.Index, ArtefactKind.Markup),
                Piece(label.Index + label.Length, target.Index, ArtefactKind.Markup),
                Piece(target.Index, target.Index + target.Length, ArtefactKind.LinkTarget),
                Piece(target.Index + target.Length, match.Index + match.Length, ArtefactKind.Markup),
            ]);
        }
        for (var match = Autolink().Match(text, line.Start, line.Length); match.Success; match = match.NextMatch())
        {
            constructs.Add([Piece(match.Index, match.Index + 1, ArtefactKind.Markup), Piece(match.Index + match.Length - 1, match.Index + match.Length, ArtefactKind.Markup)]);
        }
        var firstEmphasis = constructs.Count;
        foreach (var emphasis in new[] { Strong(), Emphasis() })
        {
            for (var match = emphasis.Match(text, line.Start, line.Length); match.Success; match = match.NextMatch())
            {
                var marks = match.Groups["mark"].Length;
                var end = match.Index + match.Length;
                constructs.Add([Piece(match.Index, match.Index + marks, ArtefactKind.Markup), Piece(end - marks, end, ArtefactKind.Markup)]);
            }
        }
        var taken = new SpanSet();
        for (var c = 0; c < constructs.Count; c++)
        {
            if (c == firstEmphasis)
            {
                // An address written out is the text, underscores and stars included: "https://un.org/_files_/a".
                for (var url = BareAddress().Match(text, line.Start, line.Length); url.Success; url = url.NextMatch())
                {
                    taken.Add(url.Index, url.Index + url.Length);
                }
            }
            var construct = constructs[c];
            // Emphasis may wrap a link (its marks are free); a link inside an image's alt text may not.
            var free = construct.Length == 2 && construct.All(p => p.Kind == ArtefactKind.Markup)
                ? construct.All(p => !taken.Overlaps(p.Span.Start, p.Span.End))
                : !taken.Overlaps(construct[0].Span.Start, construct[^1].Span.End);
            if (free)
            {
                if (construct.Length == 4)
                {
                    // "[", label, "](", target, ")": the label lies between the first two pieces.
                    links.Add(new MarkdownLink(new TextSpan(construct[0].Span.End, construct[1].Span.Start), construct[2].Span));
                }
                foreach (var piece in construct)
                {
                    taken.Add(piece.Span.Start, piece.Span.End);
                    yield return piece;
                }
            }
        }
    }

    /// <summary>
    /// Links whose words a hard wrap broke over two lines (<c>[the</c> / <c>resolution](https://…)</c>),
    /// which no line's own reading finds: their pieces in text order, each inside one line.
    /// </summary>
    public static List<Artefact> FindWrappedLinks(string text, List<MarkdownLink> links)
    {
        var pieces = new List<Artefact>();
        for (var match = WrappedLink().Match(text); match.Success; match = match.NextMatch())
        {
            var label = match.Groups["label"];
            var target = match.Groups["target"];
            pieces.Add(Piece(match.Index, label.Index, ArtefactKind.Markup));
            pieces.Add(Piece(label.Index + label.Length, target.Index, ArtefactKind.Markup));
            pieces.Add(Piece(target.Index, target.Index + target.Length, ArtefactKind.LinkTarget));
            pieces.Add(Piece(target.Index + target.Length, match.Index + match.Length, ArtefactKind.Markup));
            links.Add(new MarkdownLink(new TextSpan(label.Index, label.Index + label.Length), new TextSpan(target.Index, target.Index + target.Length)));
        }
        return pieces;
    }

    private static Artefact Piece(int start, int end, ArtefactKind kind) => new(new TextSpan(start, end), kind);

    /// <summary><c>## Background</c>: one to six hashes opening the line, then a space.</summary>
    [GeneratedRegex(@"\G#{1,6}[ \t]+(?=\S)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"!\[[^\[\]\n]{0,500}\]\([^()\s]{1,2000}(?:\s+""[^""\n]{0,300}"")?\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Image();

    /// <summary>
    /// <c>[text](address "title")</c>; the address is a URL, a path or an anchor, with a slash, a dot,
    /// a hash or a colon, never words or a year: "[sic] (1990)", "[sic](1990)" are no links.
    /// </summary>
    [GeneratedRegex(@"(?<!!)\[(?<label>[^\[\]\n]{1,500})\]\((?<target>(?=[^()\s]{0,2000}[/.#:])[^()\s]{1,2000})(?:\s+""[^""\n]{0,300}"")?\)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    /// <summary>A link as <see cref="Link"/> reads it, its words broken by one line break (never a blank line).</summary>
    [GeneratedRegex(@"(?<!!)\[(?<label>[^\[\]\r\n]{0,500}\r?\n[^\[\]\r\n]{0,500})\]\((?<target>(?=[^()\s]{0,2000}[/.#:])[^()\s]{1,2000})(?:[ \t]+""[^""\r\n]{0,300}"")?\)", RegexOptions.None, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex WrappedLink();

    [GeneratedRegex(@"<(?:https?|ftp|mailto):[^<>\s]{1,2000}>", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Autolink();

    [GeneratedRegex(@"\b(?:https?|ftp)://[^\s<>]{1,2000}", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareAddress();

    /// <summary><c>**words**</c>, <c>__words__</c>: marks against their words, not inside a word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}*_])(?<mark>\*\*|__)(?=[^\s*_])[^\n]{1,500}?(?<=[^\s*_])\k<mark>(?![\p{L}\p{N}*_])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Strong();

    /// <summary><c>*words*</c>, <c>_words_</c>: one mark each side, against its words, not inside a word.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}*_])(?<mark>[*_])(?=[^\s*_])[^\n*_]{1,500}?(?<=[^\s*_])\k<mark>(?![\p{L}\p{N}*_])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Emphasis();
}
