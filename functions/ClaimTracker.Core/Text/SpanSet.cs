namespace ClaimTracker.Core.Text;

/// <summary>
/// Ranges of a text already taken, kept sorted, so asking whether a new one overlaps any costs
/// a binary search, not a scan: a hostile unit of a million matches stays linear-logarithmic.
/// </summary>
public sealed class SpanSet
{
    private readonly List<TextSpan> _spans = [];

    public int Count => _spans.Count;

    public bool Overlaps(int start, int end)
    {
        // Spans may overlap one another (a quotation over what it quotes), so look back from the
        // last span starting before `end` for as long as a span that long could still reach `start`.
        var i = FirstStartingAtOrAfter(end) - 1;
        for (; i >= 0; i--)
        {
            if (_spans[i].End > start)
            {
                return true;
            }
            if (_spans[i].Start < start - MaxLengthSeen)
            {
                break;
            }
        }
        return false;
    }

    public void Add(int start, int end)
    {
        var span = new TextSpan(start, end);
        MaxLengthSeen = Math.Max(MaxLengthSeen, span.Length);
        _spans.Insert(FirstStartingAtOrAfter(start + 1), span);
    }

    private int MaxLengthSeen { get; set; }

    private int FirstStartingAtOrAfter(int position) => Sorted.FirstAtOrAfter(_spans, position, s => s.Start);
}
