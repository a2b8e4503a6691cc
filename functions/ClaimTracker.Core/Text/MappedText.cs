namespace ClaimTracker.Core.Text;

/// <summary>
/// Repaired text that remembers where it came from. Repairs (joined lines, dropped hyphens,
/// collapsed spaces) make the text differ from the source; the pieces map every verbatim
/// character back, so a citation found in repaired text can still point into the source.
/// Characters the repair inserted (a space for a line break) belong to no piece.
/// </summary>
public sealed class MappedText
{
    public static readonly MappedText Empty = new(string.Empty, []);

    public MappedText(string text, IReadOnlyList<TextPiece> pieces)
    {
        Text = text;
        Pieces = pieces;
    }

    public string Text { get; }

    /// <summary>Verbatim pieces in text order; their source ranges ascend too.</summary>
    public IReadOnlyList<TextPiece> Pieces { get; }

    /// <summary>The part of this text in [start, end), with its pieces clipped to match.</summary>
    public MappedText Slice(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(end, Text.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start, end);

        var pieces = new List<TextPiece>();
        for (var i = FirstPieceEndingAfter(start); i < Pieces.Count && Pieces[i].TextStart < end; i++)
        {
            var piece = Pieces[i];
            var from = Math.Max(piece.TextStart, start);
            var to = Math.Min(piece.TextEnd, end);
            if (from < to)
            {
                pieces.Add(new TextPiece(from - start, piece.SourceStart + (from - piece.TextStart), to - from));
            }
        }
        return new MappedText(Text[start..end], pieces);
    }

    /// <summary>
    /// The source ranges this text covers. Pieces whose gap in the source holds nothing but
    /// whitespace (a line break, a run of spaces) merge into one span; a dropped hyphen or
    /// anything else between them keeps them apart, so spans hold exactly the text used.
    /// </summary>
    public IReadOnlyList<TextSpan> SourceSpans(string source)
    {
        var spans = new List<TextSpan>();
        foreach (var piece in Pieces)
        {
            if (spans.Count > 0 && IsJoinable(source, spans[^1].End, piece.SourceStart))
            {
                spans[^1] = spans[^1] with { End = Math.Max(spans[^1].End, piece.SourceEnd) };
            }
            else
            {
                spans.Add(new TextSpan(piece.SourceStart, piece.SourceEnd));
            }
        }
        return spans;
    }

    /// <summary>The source range that text range [start, end) came from, or null if it was all inserted.</summary>
    public TextSpan? ToSource(int start, int end)
    {
        int? sourceStart = null, sourceEnd = null;
        for (var i = FirstPieceEndingAfter(start); i < Pieces.Count && Pieces[i].TextStart < end; i++)
        {
            var piece = Pieces[i];
            var from = Math.Max(piece.TextStart, start);
            var to = Math.Min(piece.TextEnd, end);
            if (from >= to)
            {
                continue;
            }
            sourceStart ??= piece.SourceStart + (from - piece.TextStart);
            sourceEnd = piece.SourceStart + (to - piece.TextStart);
        }
        return sourceStart is { } s && sourceEnd is { } e ? new TextSpan(s, e) : null;
    }

    /// <summary>The source ranges, piece by piece, that text range [start, end) came from: characters dropped between pieces are not included.</summary>
    public IEnumerable<TextSpan> SourceRanges(int start, int end)
    {
        for (var i = FirstPieceEndingAfter(start); i < Pieces.Count && Pieces[i].TextStart < end; i++)
        {
            var piece = Pieces[i];
            var from = Math.Max(piece.TextStart, start);
            var to = Math.Min(piece.TextEnd, end);
            if (from < to)
            {
                yield return new TextSpan(piece.SourceStart + (from - piece.TextStart), piece.SourceStart + (to - piece.TextStart));
            }
        }
    }

    /// <summary>
    /// The index of the first piece that ends after <paramref name="position"/>, by binary
    /// search: slicing a paragraph into its sentences stays linear however many pieces it has.
    /// </summary>
    private int FirstPieceEndingAfter(int position)
    {
        int low = 0, high = Pieces.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (Pieces[middle].TextEnd <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }

    private static bool IsJoinable(string source, int from, int to)
    {
        if (to < from)
        {
            return false;
        }
        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(source[i]))
            {
                return false;
            }
        }
        return true;
    }
}
