using System.Globalization;
using System.Text;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Tests.Text;

/// <summary>
/// Repaired text and its map back to the source. A case is written as the source with the
/// repairs marked: <c>{x}</c> is source text the repair dropped, <c>{x|y}</c> source text x
/// replaced by inserted text y. So <c>"implemen{-\n}tation of{\n| }it"</c> is the source
/// "implemen-\ntation of\nit" repaired to "implementation of it". Source ranges are written
/// <c>start:text</c>, so a test shows both where a range begins and what it holds.
/// </summary>
public sealed class MappedTextTests
{
    public static TheoryData<string, string[]> SourceSpanCases() => new()
    {
        // Merged across a gap of whitespace only, whether replaced by a space, dropped, or none at all.
        { "the{\n| }Council", ["0:the\nCouncil"] },
        { "of{ } the", ["0:of  the"] },
        { "a{|, }b", ["0:ab"] },
        { "one{\r\n  | }two{ \n| }three", ["0:one\r\n  two \nthree"] },
        // Kept apart by anything else dropped: a hyphen, a soft hyphen, a repeated prefix, a page number.
        { "implemen{-\n}tation", ["0:implemen", "10:tation"] },
        { "soft{\u00AD}hyphen", ["0:soft", "5:hyphen"] },
        { "these {ter-\n}territories", ["0:these ", "11:territories"] },
        { "talks{\n- 2 -\n| }resumed", ["0:talks", "12:resumed"] },
        { "one{\n| }two{-\n}three", ["0:one\ntwo", "9:three"] },
        // Dropped at the edges: the spans hold only the text used.
        { "{  }lead{ \n}", ["2:lead"] },
        // No verbatim character, no span.
        { "", [] },
        { "{dropped}", [] },
        { "{|inserted}", [] },
    };

    [Theory]
    [MemberData(nameof(SourceSpanCases))]
    public void Source_spans_merge_across_whitespace_but_not_across_dropped_characters(string notation, string[] expected)
    {
        var (source, mapped) = Parse(notation);

        Assert.Equal(expected, mapped.SourceSpans(source).Select(s => Show(source, s)));
    }

    public static TheoryData<string, int, int, string> ToSourceCases() => new()
    {
        // "the Council" from "the\nCouncil": the space at 3 was inserted.
        { "the{\n| }Council", 0, 3, "0:the" },
        { "the{\n| }Council", 0, 11, "0:the\nCouncil" },
        { "the{\n| }Council", 2, 6, "2:e\nCo" },
        // Starting or ending in inserted characters: the range is that of the verbatim ones inside.
        { "the{\n| }Council", 3, 11, "4:Council" },
        { "the{\n| }Council", 0, 4, "0:the" },
        { "a{|  }b", 1, 4, "1:b" },
        { "a{|  }b", 0, 2, "0:a" },
        // All inserted, or empty: no source.
        { "the{\n| }Council", 3, 4, "none" },
        { "a{|  }b", 1, 3, "none" },
        { "the{\n| }Council", 5, 5, "none" },
        { "{|inserted}", 0, 8, "none" },
        // One range from the first verbatim character to the last, dropped characters included.
        { "implemen{-\n}tation", 0, 14, "0:implemen-\ntation" },
        { "implemen{-\n}tation", 8, 14, "10:tation" },
    };

    [Theory]
    [MemberData(nameof(ToSourceCases))]
    public void To_source_maps_a_range_back_to_the_verbatim_characters_in_it(string notation, int start, int end, string expected)
    {
        var (source, mapped) = Parse(notation);

        Assert.Equal(expected, mapped.ToSource(start, end) is { } span ? Show(source, span) : "none");
    }

    [Fact]
    public void Source_ranges_leave_out_what_was_dropped_between_pieces()
    {
        var (source, mapped) = Parse("implemen{-\n}tation of{\n| }it");

        Assert.Equal("implementation of it", mapped.Text);
        Assert.Equal(["0:implemen", "10:tation of", "20:it"], mapped.SourceRanges(0, mapped.Text.Length).Select(s => Show(source, s)));
        Assert.Equal(["3:lemen", "10:tat"], mapped.SourceRanges(3, 11).Select(s => Show(source, s)));
        Assert.Empty(mapped.SourceRanges(17, 18));
    }

    [Fact]
    public void A_slice_keeps_its_pieces_clipped_and_shifted_to_its_own_start()
    {
        var (source, mapped) = Parse("the{\n| }Council met");

        var slice = mapped.Slice(2, 6);

        Assert.Equal("e Co", slice.Text);
        Assert.Equal([new TextPiece(0, 2, 1), new TextPiece(2, 4, 2)], slice.Pieces);
        Assert.Equal(["2:e\nCo"], slice.SourceSpans(source).Select(s => Show(source, s)));
    }

    [Theory]
    [InlineData(3, 4, " ")]
    [InlineData(0, 0, "")]
    [InlineData(15, 15, "")]
    public void A_slice_of_inserted_characters_or_of_nothing_has_no_pieces(int start, int end, string text)
    {
        var (_, mapped) = Parse("the{\n| }Council met");

        var slice = mapped.Slice(start, end);

        Assert.Equal(text, slice.Text);
        Assert.Empty(slice.Pieces);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(0, 16)]
    [InlineData(5, 4)]
    public void A_slice_outside_the_text_is_refused(int start, int end)
    {
        var (_, mapped) = Parse("the{\n| }Council met");

        Assert.Throws<ArgumentOutOfRangeException>(() => mapped.Slice(start, end));
    }

    [Fact]
    public void The_empty_text_maps_nothing()
    {
        Assert.Equal(string.Empty, MappedText.Empty.Text);
        Assert.Empty(MappedText.Empty.Pieces);
        Assert.Empty(MappedText.Empty.SourceSpans(string.Empty));
        Assert.Empty(MappedText.Empty.SourceSpans("source text"));
        Assert.Null(MappedText.Empty.ToSource(0, 0));
        Assert.Empty(MappedText.Empty.SourceRanges(0, 0));
        Assert.Equal(string.Empty, MappedText.Empty.Slice(0, 0).Text);
        Assert.Empty(MappedText.Empty.Slice(0, 0).Pieces);
    }

    /// <summary>
    /// Every range of a few repaired texts, one with many pieces (the binary search over them):
    /// a slice holds exactly that text, its pieces copy the source verbatim, and it maps back
    /// to the same source as the range does in the whole.
    /// </summary>
    [Theory]
    [InlineData("the{\n| }Council met{ } on{\r\n| }Monday")]
    [InlineData("{  }implemen{-\n}tation of{\n- 2 -\n| }these {ter-\n}territories{ \n}")]
    [InlineData("{|“}quoted{|”} and a{|  }gap")]
    [InlineData("a{-}b{-}c{-}d{-}e{-}f{-}g{-}h{-}i{-}j{-}k{\n| }l{\n| }m{\n| }n{\n| }o{\n| }p{ }q{ }r{ }s{ }t")]
    public void Every_slice_maps_back_as_the_same_range_of_the_whole_does(string notation)
    {
        var (source, mapped) = Parse(notation);
        var ranges = (from start in Enumerable.Range(0, mapped.Text.Length + 1)
                      from end in Enumerable.Range(start, mapped.Text.Length - start + 1)
                      select (start, end)).ToArray();
        Assert.NotEmpty(mapped.Pieces);
        Assert.True(ranges.Length > mapped.Text.Length);

        Assert.All(ranges, range =>
        {
            var (start, end) = range;
            var slice = mapped.Slice(start, end);
            Assert.Equal(mapped.Text[start..end], slice.Text);
            Assert.All(slice.Pieces, p => Assert.Equal(source[p.SourceStart..p.SourceEnd], slice.Text[p.TextStart..p.TextEnd]));
            Assert.Equal(mapped.ToSource(start, end), slice.ToSource(0, slice.Text.Length));
            Assert.Equal(mapped.SourceRanges(start, end), slice.SourceRanges(0, slice.Text.Length));
            var pieces = mapped.SourceRanges(start, end).ToArray();
            Assert.Equal(pieces.Length == 0 ? null : new TextSpan(pieces[0].Start, pieces[^1].End), mapped.ToSource(start, end));
        });
    }

    /// <summary>The source and the repaired text of a case in the notation above.</summary>
    private static (string Source, MappedText Mapped) Parse(string notation)
    {
        // The source is known only at the end, so the repair is recorded first: verbatim runs
        // by their source range, inserted text as itself.
        var source = new StringBuilder();
        var steps = new List<(int Start, int End, string? Inserted)>();
        for (var i = 0; i < notation.Length;)
        {
            if (notation[i] == '{')
            {
                var close = notation.IndexOf('}', i);
                Assert.True(close > i, $"unclosed {{ in {notation}");
                var repair = notation[(i + 1)..close].Split('|');
                source.Append(repair[0]);
                if (repair.Length > 1)
                {
                    steps.Add((0, 0, repair[1]));
                }
                i = close + 1;
            }
            else
            {
                var next = notation.IndexOf('{', i) is var brace and >= 0 ? brace : notation.Length;
                steps.Add((source.Length, source.Length + (next - i), null));
                source.Append(notation, i, next - i);
                i = next;
            }
        }

        var text = source.ToString();
        var builder = new MappedTextBuilder(text);
        foreach (var (start, end, inserted) in steps)
        {
            if (inserted is null)
            {
                builder.AppendSource(start, end);
            }
            else
            {
                builder.AppendInserted(inserted);
            }
        }
        return (text, builder.Build());
    }

    private static string Show(string source, TextSpan span) =>
        string.Create(CultureInfo.InvariantCulture, $"{span.Start}:{source[span.Start..span.End]}");
}
