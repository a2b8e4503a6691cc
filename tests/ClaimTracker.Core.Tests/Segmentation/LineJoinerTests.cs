using ClaimTracker.Core.Segmentation;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Tests.Segmentation;

public sealed class LineJoinerTests
{
    [Theory]
    [InlineData("the implemen-\ntation of", "the implementation of")]
    [InlineData("the Armed For-\r\nces of", "the Armed Forces of")]
    [InlineData("Nagorno-\nKarabakh", "Nagorno- Karabakh")]
    [InlineData("soft\u00AD\nhyphen", "softhyphen")]
    [InlineData("in\u00ADside a line", "inside a line")]
    [InlineData("hard line\nwraps   and\ttabs", "hard line wraps and tabs")]
    [InlineData("ends with a dash -\nthen more", "ends with a dash - then more")]
    public void Joins_the_lines_of_a_paragraph(string source, string expected)
    {
        var paragraph = Assert.Single(ParagraphReader.Read(source));

        Assert.Equal(expected, LineJoiner.Join(source, paragraph).Text);
    }

    [Fact]
    public void Every_kept_character_maps_back_to_the_same_character_in_the_source()
    {
        const string source = "  The implemen-\n  tation of  resolu\u00ADtion 822\r\nwas slow.";
        var joined = LineJoiner.Join(source, Assert.Single(ParagraphReader.Read(source)));

        Assert.Equal("The implementation of resolution 822 was slow.", joined.Text);
        foreach (var piece in joined.Pieces)
        {
            Assert.Equal(source[piece.SourceStart..piece.SourceEnd], joined.Text[piece.TextStart..piece.TextEnd]);
        }
        var at = joined.Text.IndexOf("822", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(source.IndexOf("822", StringComparison.Ordinal), source.IndexOf("822", StringComparison.Ordinal) + 3), joined.ToSource(at, at + 3));
    }

    [Fact]
    public void A_hyphenated_word_is_one_span_across_the_break()
    {
        const string source = "implemen-\ntation";
        var joined = LineJoiner.Join(source, Assert.Single(ParagraphReader.Read(source)));

        Assert.Equal([new TextSpan(0, source.Length)], joined.SourceSpans(source));
    }
}
