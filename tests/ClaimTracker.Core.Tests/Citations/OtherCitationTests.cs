using ClaimTracker.Core.Citations;

namespace ClaimTracker.Core.Tests.Citations;

public sealed class OtherCitationTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        // General Assembly sessions.
        { "He spoke at the 76th session of the UN General Assembly.", [Cite.Session(76)] },
        { "The seventy-fifth session of the General Assembly opened.", [Cite.Session(75)] },
        { "UNGA delegates met at the 78th session.", [Cite.Session(78)] },
        { "The 75th session of the parliament ended.", [] },
        { "The tenth emergency special session of the General Assembly resumed.", [Cite.Session("ES-10")] },
        // UN document symbols.
        { "The letter was circulated as S/2020/1070.", [Cite.Document("S/2020/1070")] },
        { "See report A/75/123 and A/HRC/45/L.1.", [Cite.Document("A/75/123"), Cite.Document("A/HRC/45/L.1")] },
        { "The President's statement S/PRST/2014/16 followed.", [Cite.Document("S/PRST/2014/16")] },
        { "The score was 12/16 in the end.", [] },
        // Dated sources.
        { "The statement of the Ministry of Foreign Affairs dated 27 September 2020 was clear.", [Cite.Statement("Statement of the Ministry of Foreign Affairs 2020-09-27")] },
        { "Under the trilateral statement of 10 November 2020 the war ended.", [Cite.Statement("Trilateral statement 2020-11-10")] },
        { "According to a presidential decree dated 7 July 2021, the regions changed.", [Cite.Statement("Presidential decree 2021-07-07")] },
        { "He spoke at the Munich Security Conference on 15 February 2020.", [Cite.Event("Munich Security Conference 2020-02-15")] },
        { "A Memorandum was signed on 11 November 2020.", [Cite.Treaty("Memorandum 2020-11-11")] },
        { "On 12-16 July 2020, the border was attacked.", [Cite.Event("2020-07-12/2020-07-16")] },
        { "Talks resumed on February 15, 2020 in Geneva.", [Cite.Event("Talks 2020-02-15")] },
        { "The ceasefire of 10 November 2020 held; the talks of 17 November did too.", [Cite.Event("Ceasefire 2020-11-10"), Cite.Event("Talks 2020-11-17")] },
        { "The war lasted for 20 percent of May.", [] },
        { "The ministers may 12 times a year meet.", [] },
        // Instruments.
        { "The Constitution of the Republic of Azerbaijan guarantees it.", [Cite.Other("Constitution of the Republic of Azerbaijan")] },
        { "Both ratified the Convention on the Prevention and Punishment of the Crime of Genocide.", [Cite.Treaty("Convention on the Prevention and Punishment of the Crime of Genocide")] },
        { "Article 51 of the Charter of the United Nations applies.", [Cite.Treaty("Charter of the United Nations, Article 51")] },
        { "An agreement was reached.", [] },
        // Links, DOIs, cases.
        { "Read https://undocs.org/en/S/2020/1070 for details.", [Cite.Link("https://undocs.org/en/S/2020/1070")] },
        { "The study (doi:10.1000/xyz123) says so.", ["other doi:10.1000/xyz123"] },
        { "The case Armenia v. Azerbaijan was filed at the ICJ.", [Cite.Case("Armenia v. Azerbaijan")] },
        { "In Nicaragua v. United States of America the Court ruled.", [Cite.Case("Nicaragua v. United States of America")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Recognises_each_kind_and_not_the_traps(string sentence, string[] expected) =>
        Assert.Equal(expected, Cite.In(sentence));

    [Fact]
    public void A_session_number_that_does_not_fit_the_date_is_warned_about()
    {
        var session = Cite.All("Speaking at the 75th session of the UN General Assembly on 24 September 2021, he warned the world.")
            .Single(c => c.Kind == CitationKind.UngaSession);

        Assert.Equal("UNGA 75", session.Canonical);
        Assert.Equal("The 75th session of the General Assembly ran from September 2020 to September 2021; 24 September 2021 falls in the 76th session.", Assert.Single(session.Warnings));
    }

    [Theory]
    [InlineData("at the 76th session of the UN General Assembly on 24 September 2021")]
    [InlineData("at the 76th session of the UN General Assembly on 14 September 2021")]
    [InlineData("at the 75th session of the UN General Assembly in December 2020")]
    public void A_session_that_fits_its_date_or_cannot_be_told_apart_is_not_warned_about(string phrase) =>
        Assert.All(Cite.All($"He spoke {phrase}."), c => Assert.Empty(c.Warnings));

    [Fact]
    public void A_date_without_a_year_takes_the_year_from_the_unit_or_the_context()
    {
        Assert.Equal([Cite.Event("New ceasefire 2020-10-17")], Cite.In("A new ceasefire was declared on 17 October.", new CitationContext(Year: 2020)));
        Assert.Empty(Cite.In("A new ceasefire was declared on 17 October."));
    }

    [Fact]
    public void A_quotation_is_cited_as_its_speakers_with_the_date_the_sentence_gives()
    {
        var quotation = Cite.All("On 3 October 2019 he said “Karabakh is Azerbaijan” to the forum.", new CitationContext(Speaker: "Ilham Aliyev"))
            .Single(c => c.Kind == CitationKind.Quotation);

        Assert.Equal(("Ilham Aliyev 2019-10-03", "“Karabakh is Azerbaijan”"), (quotation.Canonical, quotation.Surface));
    }

    /// <summary>Found by fuzzing: a date at the very start, a date with no year anywhere, a day the calendar lacks.</summary>
    [Theory]
    [InlineData("24 September 2021 saw the statement issued.")]
    [InlineData("(statement of the Ministry on 24 September 2021")]
    [InlineData("75th session of the General Assembly on 12-16 July said")]
    [InlineData("The 75th session of the General Assembly on 31 April 2021.")]
    [InlineData("The 75th session of the General Assembly on 24 September 20210.")]
    public void Edge_positions_and_impossible_dates_are_read_without_failing(string text) =>
        Assert.All(Cite.All(text), c => Assert.False(string.IsNullOrEmpty(c.Canonical)));
}
