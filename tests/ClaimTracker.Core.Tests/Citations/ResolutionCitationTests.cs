using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Tests.Citations;

public sealed class ResolutionCitationTests
{
    /// <summary>Each case: a sentence, and the canonical ids it cites as "kind canonical" joined by " | ".</summary>
    [Theory]
    [InlineData("UN Security Council Resolutions 822, 853, 874 and 884 adopted in 1993 were ignored.",
        "unsc-resolution S/RES/822 (1993) | unsc-resolution S/RES/853 (1993) | unsc-resolution S/RES/874 (1993) | unsc-resolution S/RES/884 (1993)")]
    [InlineData("It recalled resolution 242 (1967).", "unsc-resolution S/RES/242 (1967)")]
    [InlineData("Resolution 678, adopted on 29 November 1990, set a deadline.", "unsc-resolution S/RES/678 (1990)")]
    [InlineData("Resolution 1244 of 1999 still applies.", "unsc-resolution S/RES/1244 (1999)")]
    [InlineData("Under resolutions 242 (1967) and 338 (1973) the parties must withdraw.", "unsc-resolution S/RES/242 (1967) | unsc-resolution S/RES/338 (1973)")]
    [InlineData("See S/RES/2334 (2016) on settlements.", "unsc-resolution S/RES/2334 (2016)")]
    [InlineData("UNSCR 425 called for withdrawal.", "unsc-resolution S/RES/425")]
    [InlineData("Security Council resolution 1244 set up the mission.", "unsc-resolution S/RES/1244")]
    [InlineData("They cited resolution 1244 of the Security Council.", "unsc-resolution S/RES/1244")]
    [InlineData("The Assembly adopted A/RES/62/243 on 14 March 2008.", "unga-resolution A/RES/62/243")]
    [InlineData("General Assembly resolution 62/243 reaffirmed it.", "unga-resolution A/RES/62/243")]
    [InlineData("The emergency session adopted A/RES/ES-10/21.", "unga-resolution A/RES/ES-10/21")]
    [InlineData("A/RES/3379 (XXX) was later revoked.", "unga-resolution A/RES/3379 (XXX)")]
    [InlineData("PACE Resolution 1416 condemned the occupation.", "other PACE Resolution 1416")]
    [InlineData("The OIC Resolution No. 10/11 supported Azerbaijan.", "other OIC Resolution 10/11")]
    [InlineData("The attack killed 12 Azerbaijani servicemen.", "")]
    [InlineData("The decisions and resolutions of international organizations were ignored.", "")]
    [InlineData("Resolution 5 was discussed.", "")]
    public void Recognises_security_council_and_general_assembly_resolutions(string sentence, string expected)
    {
        var citations = CitationRecognizer.Recognize(Verbatim(sentence));

        Assert.Equal(expected, string.Join(" | ", citations.Select(c => $"{WireNames.Of(c.Kind)} {c.Canonical}")));
    }

    [Fact]
    public void Each_resolution_of_a_list_has_its_own_surface_and_span()
    {
        const string sentence = "UN Security Council Resolutions 822, 853, 874 and 884 adopted in 1993.";

        var citations = CitationRecognizer.Recognize(Verbatim(sentence));

        Assert.Equal(["Resolutions 822", "853", "874", "884"], citations.Select(c => c.Surface));
        Assert.All(citations, c => Assert.Equal(c.Surface, sentence[c.Span.Start..c.Span.End]));
    }

    [Theory]
    [InlineData("S/RES/822 (1993)", "https://undocs.org/en/S/RES/822(1993)")]
    [InlineData("A/RES/62/243", "https://undocs.org/en/A/RES/62/243")]
    public void Links_go_to_the_un_document_system_without_a_space_before_the_year(string symbol, string url)
    {
        var citation = Assert.Single(CitationRecognizer.Recognize(Verbatim($"It cited {symbol}.")));

        Assert.Equal(url, citation.Url);
    }

    [Fact]
    public void Spans_point_into_the_source_even_when_the_text_was_repaired()
    {
        const string source = "Security Council resolu-\ntion 1244 (1999) applies.";
        var joined = Repair.Repaired.Block(source).Text;

        var citation = Assert.Single(CitationRecognizer.Recognize(joined));

        Assert.Equal("S/RES/1244 (1999)", citation.Canonical);
        Assert.Equal("resolu-\ntion 1244 (1999)", source[citation.Span.Start..citation.Span.End]);
    }

    private static MappedText Verbatim(string text) => new(text, [new TextPiece(0, 0, text.Length)]);
}
