using ClaimTracker.Core.Analysis;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>A Markdown link's address is kept out of the unit's text, and the unit cites it by the link's words.</summary>
public sealed class LinkCitationTests
{
    /// <summary>Text, and its url citations as "address by words", joined by " | ".</summary>
    public static TheoryData<string, string> Links() => new()
    {
        { "The Assembly adopted [the text](https://undocs.org/A/RES/67/19) in 2012.", "https://undocs.org/A/RES/67/19 by the text" },
        { "See [the report](https://example.org/report) and [the annex](https://example.org/annex).", "https://example.org/report by the report | https://example.org/annex by the annex" },
        // Words a hard wrap broke over two lines.
        { "The Assembly adopted [the\ntext](https://undocs.org/A/RES/67/19) in 2012.", "https://undocs.org/A/RES/67/19 by the text" },
        // Bare and autolinked addresses stay in the text and are cited where they stand.
        { "The text is at <https://example.org/text>.", "https://example.org/text by https://example.org/text" },
        // A relative target names nothing outside the page it came from.
        { "See [the map](maps/region.png) of the region.", "" },
        // An image cites nothing: it is left out whole.
        { "The fleet ![a ship](https://example.org/ship.png) sailed in May.", "" },
    };

    [Theory]
    [MemberData(nameof(Links))]
    public void A_links_address_is_cited_by_its_words(string text, string expected)
    {
        var citations = DocumentAnalyzer.Analyze(text).Units.SelectMany(u => u.Citations).Where(c => c.Kind == Core.Citations.CitationKind.Url);

        Assert.Equal(expected, string.Join(" | ", citations.Select(c => $"{c.Canonical} by {c.Surface}")));
    }

    [Fact]
    public void A_linked_resolution_is_cited_both_as_the_resolution_and_as_the_address()
    {
        const string text = "The Assembly adopted [resolution 67/19](https://undocs.org/A/RES/67/19) in 2012.";

        var unit = Assert.Single(DocumentAnalyzer.Analyze(text).Units);

        Assert.Equal("The Assembly adopted resolution 67/19 in 2012.", unit.Unit.Text);
        Assert.Equal(
            [("A/RES/67/19", "resolution 67/19"), ("https://undocs.org/A/RES/67/19", "resolution 67/19")],
            unit.Citations.Select(c => (c.Canonical, c.Surface)));
        Assert.All(unit.Citations, c => Assert.Equal("resolution 67/19", text[c.Span.Start..c.Span.End]));
    }
}
