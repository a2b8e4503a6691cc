using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Segmentation;

public sealed class ParagraphReaderTests
{
    [Theory]
    [InlineData("one\ntwo\n\nthree", 2)]
    [InlineData("one\r\n\r\ntwo", 2)]
    [InlineData("\n\n\n  \n\t\n", 0)]
    [InlineData("page one\fpage two", 2)]
    [InlineData("a\n   \nb\n\n\n\nc", 3)]
    public void Blank_lines_and_page_breaks_separate_paragraphs(string text, int paragraphs) =>
        Assert.Equal(paragraphs, ParagraphReader.Read(text).Count);

    [Fact]
    public void Lines_are_trimmed_spans_into_the_text()
    {
        const string text = "  first line  \n\tsecond\n";
        var lines = Assert.Single(ParagraphReader.Read(text)).Lines;

        Assert.Equal(["first line", "second"], lines.Select(l => text[l.Start..l.End]));
    }

    [Fact]
    public void A_million_empty_lines_are_no_paragraphs_and_the_last_line_is_one()
    {
        var text = new string('\n', 1_000_000) + "last";

        Assert.Single(ParagraphReader.Read(text));
    }
}
