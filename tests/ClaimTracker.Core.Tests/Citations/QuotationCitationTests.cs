using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Citations;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>Quoted words cited as the document the sentence quotes them from, or as their speaker's.</summary>
public sealed class QuotationCitationTests
{
    public static TheoryData<string, string?, string[]> Cases => new()
    {
        // Quoted from a document the sentence names, tied by what the document does.
        { "Article 1 of the Charter provides that “the purposes of the United Nations are to maintain international peace”.", null, [Cite.Treaty("Charter of the United Nations, Article 1"), Cite.Quotation("Charter of the United Nations, Article 1")] },
        { "Resolution 338 (1973) calls for a “ceasefire in place” within hours.", null, [Cite.Unsc(338, 1973), Cite.Quotation("S/RES/338 (1973)")] },
        { "The Universal Declaration of Human Rights proclaims that “all human beings are born free”.", null, [Cite.Treaty("Universal Declaration of Human Rights"), Cite.Quotation("Universal Declaration of Human Rights")] },
        { "According to resolution 660 (1990), “Iraq must withdraw immediately”.", null, [Cite.Unsc(660, 1990), Cite.Quotation("S/RES/660 (1990)")] },
        { "“All necessary means”, in the words of resolution 678 (1990), were authorised.", null, [Cite.Quotation("S/RES/678 (1990)"), Cite.Unsc(678, 1990)] },
        { "The communiqué issued on 14 March 1974 stated that “the talks were useful”.", null, [Cite.Statement("Communiqué 1974-03-14"), Cite.Quotation("Communiqué 1974-03-14")] },
        { "On 2 June 2021 the ministry set out four conditions, including the demand that “all troops leave”.", null, [Cite.Statement("Conditions 2021-06-02"), Cite.Quotation("Conditions 2021-06-02")] },
        { "The ICJ's 1996 advisory opinion found that “the threat or use of nuclear weapons would generally be contrary” to law.", null, [Cite.Case("ICJ Advisory Opinion 1996"), Cite.Quotation("ICJ Advisory Opinion 1996")] },
        // A speaker's words stay the speaker's, even when they name a document.
        { "He said: “Article 51 of the UN Charter is clear.”", "Kofi Annan", [Cite.Quotation("Kofi Annan"), Cite.Treaty("Charter of the United Nations, Article 51")] },
        // The narration dates the words; a date inside them is what they speak of.
        { "On 4 May 2001 she said that “the deadline of 9 June 2001 holds”.", "Ana Lopez", [Cite.Event("2001-05-04"), Cite.Quotation("Ana Lopez 2001-05-04"), Cite.Event("2001-06-09")] },
        { "“We met them on 9 June 2001 and again later.”", "Ana Lopez", [Cite.Quotation("Ana Lopez"), Cite.Event("Meeting 2001-06-09")] },
        { "On 3 May 2001 it found that “the wells were dry”.", "A panel report of 3 May", [Cite.Event("2001-05-03"), Cite.Quotation("A panel report of 3 May")] },
        // Traps: no source and no speaker, someone else's words, a quoted title, a sentence introducing the next quotation.
        { "On the economy, the panel recorded that:", "the panel", [] },
        { "Critics called the plan “a surrender”.", null, [] },
        { "The parties signed the Oslo Accords; critics called them “a surrender”.", null, [Cite.Treaty("Oslo Accords")] },
        { "Resolution 687 (1991) was rejected by Iraq, which called it “unjust”.", null, [Cite.Unsc(687, 1991)] },
        { "They read “The Butler Report” of 14 July 2004 on the train.", "Tony Blair", [Cite.Statement("Butler Report 2004-07-14")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cites_a_quotation_as_its_document_or_its_speaker(string sentence, string? speaker, string[] expected) =>
        Assert.Equal(expected, Cite.In(sentence, new CitationContext(Speaker: speaker)));

    [Fact]
    public void A_quotation_from_a_resolution_links_to_the_resolution()
    {
        var quotation = Cite.All("Resolution 338 (1973) calls for a “ceasefire in place” within hours.").Single(c => c.Kind == CitationKind.Quotation);

        Assert.Equal(("“ceasefire in place”", "https://undocs.org/en/S/RES/338(1973)"), (quotation.Surface, quotation.Url));
    }

    /// <summary>Whose words a quotation is, as the whole analysis reads a short text: the speaker Attribution names becomes the quotation's canonical.</summary>
    public static TheoryData<string, string[]> Speakers => new()
    {
        // The subject ends at its own verb, and an adverb after the last comma gives way to the person named before it.
        { "Ms. Ana Lopez reaffirmed the position of her government, in which she said: “We will stay.”", ["Ana Lopez"] },
        { "Mr Paul Reed, the envoy to the region from 1990 to 1995, subsequently wrote: “The mission failed.”", ["Paul Reed"] },
        // The holder of a body's office is not the last president named.
        { "President Joe Smith spoke first. It prompted a statement by the President of the Security Council that “the delays are unacceptable”.", ["the President of the Security Council"] },
        // "He" is the subject of the last sentence naming anyone, here an office named without a name.
        { "Ambassador Tom Hill visited the region. The Secretary-General then issued an appeal to respond to Ambassador Hill's plan. He said: “I appeal to both sides.”", ["the Secretary-General"] },
        // Whoever was warned did not speak; a quotation inside narration is not the previous sentence's speaker's.
        { "Again, the city was warned that “serious damage” would follow.", [] },
        { "Dr Ian Moss said the talks went well. Later, as part of a “final review”, the board met.", [] },
        // A mark broken layout left open does not make the next speaker's quotation, or the narration after it, the same quotation.
        { "The demands included that it should:\n\n• allow visits “at any time\n\n• “halt all work”.\n\nDr Ann Cole wrote that the visits produced “striking” results.\n\nIn May a team found the papers.", ["Ann Cole"] },
    };

    [Theory]
    [MemberData(nameof(Speakers))]
    public void A_quotation_is_its_speakers_only_where_a_speaker_is_named(string text, string[] expected) =>
        Assert.Equal(expected, DocumentAnalyzer.Analyze(text).Units.SelectMany(u => u.Citations).Where(c => c.Kind == CitationKind.Quotation).Select(c => c.Canonical));
}
