using ClaimTracker.Core.Citations;

namespace ClaimTracker.Core.Tests.Citations;

public sealed class ResolutionCitationTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "UN Security Council Resolutions 822, 853, 874 and 884 adopted in 1993 were ignored.", [Cite.Unsc(822, 1993), Cite.Unsc(853, 1993), Cite.Unsc(874, 1993), Cite.Unsc(884, 1993)] },
        { "It recalled resolution 242 (1967).", [Cite.Unsc(242, 1967)] },
        { "Resolution 678, adopted on 29 November 1990, set a deadline.", [Cite.Unsc(678, 1990)] },
        { "Resolution 1244 of 1999 still applies.", [Cite.Unsc(1244, 1999)] },
        { "Under resolutions 242 (1967) and 338 (1973) the parties must withdraw.", [Cite.Unsc(242, 1967), Cite.Unsc(338, 1973)] },
        { "See S/RES/2334 (2016) on settlements.", [Cite.Unsc(2334, 2016)] },
        { "UNSCR 425 called for withdrawal.", [Cite.Unsc(425, 1978)] },
        { "Security Council resolution 1244 set up the mission.", [Cite.Unsc(1244, 1999)] },
        { "They cited resolution 1244 of the Security Council.", [Cite.Unsc(1244, 1999)] },
        { "The Council adopted resolution 338 (1973), which called for the implementation of resolution 242 in all of its parts.", [Cite.Unsc(338, 1973), Cite.Unsc(242, 1967)] },
        { "The Assembly adopted A/RES/62/243 in March.", [Cite.Unga("A/RES/62/243")] },
        { "General Assembly resolution 62/243 reaffirmed it.", [Cite.Unga("A/RES/62/243")] },
        { "The emergency session adopted A/RES/ES-10/21.", [Cite.Unga("A/RES/ES-10/21")] },
        { "A/RES/3379 (XXX) was later revoked.", [Cite.Unga("A/RES/3379(XXX)")] },
        { "PACE Resolution 1416 condemned the occupation.", [Cite.Other("PACE Resolution 1416")] },
        { "The OIC Resolution No. 10/11 supported Azerbaijan.", [Cite.Other("OIC Resolution 10/11")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognises_security_council_and_general_assembly_resolutions(string sentence, string[] expected) =>
        Assert.Equal(expected, Cite.In(sentence));

    [Theory]
    [InlineData("The attack killed 12 Azerbaijani servicemen and one civilian.")]
    [InlineData("Armenia occupied 20 percent of the territory.")]
    [InlineData("The decisions and resolutions of international organizations were ignored.")]
    [InlineData("Resolution 5 was discussed.")]
    [InlineData("The vote was 15-0 with 3 abstentions.")]
    public void Counting_numbers_and_unnumbered_resolutions_are_not_citations(string sentence) =>
        Assert.Empty(Cite.In(sentence));

    [Fact]
    public void Each_resolution_of_a_list_has_its_own_surface_and_span()
    {
        const string sentence = "UN Security Council Resolutions 822, 853, 874 and 884 adopted in 1993.";

        var citations = Cite.All(sentence);

        Assert.Equal(["Resolutions 822", "853", "874", "884"], citations.Select(c => c.Surface));
        Assert.All(citations, c => Assert.Equal(c.Surface, sentence[c.Span.Start..c.Span.End]));
    }

    [Theory]
    [InlineData("It cited S/RES/822 (1993).", "https://undocs.org/en/S/RES/822(1993)")]
    [InlineData("It cited A/RES/62/243.", "https://undocs.org/en/A/RES/62/243")]
    [InlineData("It cited UNSCR 425.", "https://undocs.org/en/S/RES/425(1978)")]
    public void Links_go_to_the_un_document_system_without_a_space_before_the_year(string sentence, string url) =>
        Assert.Equal(url, Assert.Single(Cite.All(sentence)).Url);

    [Fact]
    public void A_year_the_resolution_was_not_adopted_in_is_corrected_and_warned_about()
    {
        var citation = Assert.Single(Cite.All("It recalled resolution 822 (1994) on Kalbajar."));

        Assert.Equal("S/RES/822 (1993)", citation.Canonical);
        Assert.Equal("Security Council resolution 822 was adopted in 1993; the text gives 1994.", Assert.Single(citation.Warnings));
    }

    [Fact]
    public void A_list_year_that_does_not_fit_warns_only_for_the_resolutions_it_does_not_fit()
    {
        var citations = Cite.All("Security Council resolutions 822 and 1244 adopted in 1993.");

        Assert.Empty(citations[0].Warnings);
        Assert.Single(citations[1].Warnings);
    }

    [Fact]
    public void Numbers_newer_than_the_reference_data_keep_the_year_the_text_gives_and_no_warning()
    {
        var citation = Assert.Single(Cite.All("Security Council resolution 2900 (2026) was adopted."));

        Assert.Equal("S/RES/2900 (2026)", citation.Canonical);
        Assert.Empty(citation.Warnings);
    }

    [Fact]
    public void Spans_point_into_the_source_even_when_the_text_was_repaired()
    {
        const string source = "Security Council resolu-\ntion 1244 (1999) applies.";
        var joined = Repair.Repaired.Block(source).Text;

        var citation = Assert.Single(CitationRecognizer.Recognize(joined).Citations);

        Assert.Equal("S/RES/1244 (1999)", citation.Canonical);
        Assert.Equal("resolu-\ntion 1244 (1999)", source[citation.Span.Start..citation.Span.End]);
    }
}
