using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Tests.Repair;

public sealed class LineJoinerTests
{
    [Theory]
    [InlineData("the implemen-\ntation of", "the implementation of")]
    [InlineData("the Armed For-\r\nces of", "the Armed Forces of")]
    [InlineData("the right to self-\ndetermination of peoples", "the right to self-determination of peoples")]
    [InlineData("the post-war order and the post-\nwar economy", "the post-war order and the post-war economy")]
    [InlineData("cleansing of these ter-\nterritories by expelling", "cleansing of these territories by expelling")]
    [InlineData("the Nagorno-\nKarabakh region", "the Nagorno-Karabakh region")]
    [InlineData("soft\u00AD\nhyphen", "softhyphen")]
    [InlineData("in\u00ADside a line", "inside a line")]
    [InlineData("hard line\nwraps   and\ttabs", "hard line wraps and tabs")]
    [InlineData("ends with a dash -\nthen more", "ends with a dash - then more")]
    public void Joins_the_lines_of_a_block_and_mends_broken_words(string source, string expected) =>
        Assert.Equal(expected, Repaired.Block(source).Text.Text);

    [Fact]
    public void Every_kept_character_maps_back_to_the_same_character_in_the_source()
    {
        const string source = "  The implemen-\n  tation of  resolu\u00ADtion 822\r\nwas slow.";
        var (joined, _) = Repaired.Block(source);

        Assert.Equal("The implementation of resolution 822 was slow.", joined.Text);
        foreach (var piece in joined.Pieces)
        {
            Assert.Equal(source[piece.SourceStart..piece.SourceEnd], joined.Text[piece.TextStart..piece.TextEnd]);
        }
        var at = joined.Text.IndexOf("822", StringComparison.Ordinal);
        var inSource = source.IndexOf("822", StringComparison.Ordinal);
        Assert.Equal(new TextSpan(inSource, inSource + 3), joined.ToSource(at, at + 3));
    }

    [Fact]
    public void Dropped_hyphens_and_repeated_prefixes_are_recorded_as_artefacts()
    {
        const string source = "the implemen-\ntation of these ter-\nterritories and a soft\u00ADhyphen";
        var (joined, artefacts) = Repaired.Block(source);

        Assert.Equal("the implementation of these territories and a softhyphen", joined.Text);
        Assert.Equal(
            [("-", ArtefactKind.Hyphen), ("ter-", ArtefactKind.RepeatedPrefix), ("\u00AD", ArtefactKind.Hyphen)],
            artefacts.Select(a => (source[a.Span.Start..a.Span.End], a.Kind)));
    }

    [Fact]
    public void A_mended_word_spans_both_halves_and_leaves_the_hyphen_out()
    {
        const string source = "implemen-\ntation";
        var (joined, _) = Repaired.Block(source);

        Assert.Equal([new TextSpan(0, 8), new TextSpan(10, 16)], joined.SourceSpans(source));
    }
}
