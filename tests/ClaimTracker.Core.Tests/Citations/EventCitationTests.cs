using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>Meetings, conferences and statements a date identifies, with the place they were held or issued, and the date ranges they are given.</summary>
public sealed class EventCitationTests
{
    [Theory]
    [InlineData("they sat from 1 to 7 August 1979", "1979-08-01/1979-08-07")]
    [InlineData("they sat 1–7 August 1979", "1979-08-01/1979-08-07")]
    [InlineData("they sat from 30 July–2 August 1979", "1979-07-30/1979-08-02")]
    [InlineData("they sat from 30 July to 2 August 1979", "1979-07-30/1979-08-02")]
    [InlineData("they sat between 3 and 5 May 1980", "1980-05-03/1980-05-05")]
    [InlineData("they sat between 28 April and 2 May 1980", "1980-04-28/1980-05-02")]
    [InlineData("they sat from 30 December 1979 to 2 January 1980", "1979-12-30/1980-01-02")]
    [InlineData("they sat from 30 December to 2 January 1980", "1979-12-30/1980-01-02")]
    [InlineData("they sat July 30–August 2, 1979", "1979-07-30/1979-08-02")]
    [InlineData("they sat from August 1 to 7, 1979", "1979-08-01/1979-08-07")]
    public void Reads_date_ranges_within_and_across_months(string text, string iso)
    {
        var date = Assert.Single(EnglishDates.Find(text));

        Assert.Equal(iso, date.Iso(date.Year!.Value));
    }

    [Theory]
    [InlineData("visits on 3 and 5 May 1980")]
    [InlineData("counted from 7 to 3 May 1980")]
    [InlineData("from 30 July 1979 to 2 August 1985")]
    public void Two_days_or_a_backwards_range_is_not_read_as_one_range(string text)
    {
        var dates = EnglishDates.Find(text);

        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.Null(d.LastDay));
    }

    public static TheoryData<string, string[]> Cases => new()
    {
        // Meetings and conferences, with the place they were held in.
        { "The foreign ministers met in Kampala from 2 to 6 March 1981 to review the plan.", [Cite.Event("Meeting, Kampala 1981-03-02/1981-03-06")] },
        { "The conference held at Dar es Salaam on 14 April 1975 closed early.", [Cite.Event("Conference, Dar es Salaam 1975-04-14")] },
        { "A summit in Tunis, 3–5 June 1982, agreed on the text.", [Cite.Event("Summit, Tunis 1982-06-03/1982-06-05")] },
        { "The committee convened in Nairobi between 10 and 12 May 1984.", [Cite.Event("Meeting, Nairobi 1984-05-10/1984-05-12")] },
        { "From 4 to 8 May 1985, the council held its 9th meeting in Tripoli.", [Cite.Event("9th meeting, Tripoli 1985-05-04/1985-05-08")] },
        { "A meeting of the defence ministers in Ankara on 3 March 2021 set up the group.", [Cite.Event("Meeting, Ankara 2021-03-03")] },
        { "The delegates sat from 28 June–3 July 1976 in one hall.", [Cite.Event("1976-06-28/1976-07-03")] },
        // Statements and communiqués issued on a date, and where.
        { "The final communiqué issued on 4 October 1977 welcomed the talks.", [Cite.Statement("Final communiqué 1977-10-04")] },
        { "They signed a joint statement issued in Baku on 2 February 2022.", [Cite.Statement("Joint statement, Baku 2022-02-02")] },
        { "The declaration issued at the close of the summit on 6 May 1983 named no one.", [Cite.Statement("Declaration 1983-05-06")] },
        // A phrase that sets the scene is not what the date dates.
        { "On 2 May 2019, after the border incident, the ministry issued a statement.", [Cite.Statement("Statement 2019-05-02")] },
        // The date gives a word after it no qualifiers; a footnote's number is not one; a second sentence left in the unit starts afresh.
        { "Peace held until the March 1999 Kosovo War began.", [Cite.Event("Kosovo War 1999-03")] },
        { "12 Statement Smith, 4 May 2011, page 2.", [Cite.Statement("Statement 2011-05-04")] },
        { "After the Madrid Declaration the office was renamed.[12] On 3 May 1999, its status grew.", [Cite.Treaty("Madrid Declaration"), Cite.Event("1999-05-03")] },
        // A source the date's event answers, one in a reported clause, and a year the unit gives on its own.
        { "The Smith initiative of 3 May 1990 was welcomed.", [Cite.Statement("Smith initiative 1990-05-03")] },
        { "On 9 March 1982, Spain rejected the Swedish initiative.", [Cite.Event("1982-03-09")] },
        { "Its reply of 4 April 1982 to the Swedish initiative was firm.", [Cite.Event("1982-04-04")] },
        { "In February 2019, a panel said that many states had not filed a report.", [Cite.Event("2019-02")] },
        { "In 2008, the city adopted what became known as the June 12 measures.", [Cite.Event("2008-06-12")] },
        // Traps: no place in a common word, a resolution's own date, two days.
        { "She spoke in Parliament on 5 May 2020.", [Cite.Event("2020-05-05")] },
        { "It recalled its resolution 61/80 of 6 December 2006.", [Cite.Unga("A/RES/61/80")] },
        { "It recalled S/2004/123 of 3 March 2004.", [Cite.Document("S/2004/123")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cites_meetings_and_statements_by_place_and_date(string sentence, string[] expected) =>
        Assert.Equal(expected, Cite.In(sentence));

    [Fact]
    public void A_title_pages_dates_are_the_documents_own_not_events() =>
        Assert.Empty(Cite.In("Distr.: General 5 December 2025", new CitationContext(Kind: UnitKind.FrontMatter)));

    [Fact]
    public void A_date_measured_from_does_not_set_the_year_later_dates_take()
    {
        var citations = DocumentAnalyzer.Analyze("The truce of 4 May 1990 held. The army kept the land it had taken after 2 June 1967. The minister replied on 9 May.")
            .Units.SelectMany(u => u.Citations).Select(c => $"{WireNames.Of(c.Kind)} {c.Canonical}");

        Assert.Equal([Cite.Event("Truce 1990-05-04"), Cite.Event("1967-06-02"), Cite.Event("1990-05-09")], citations);
    }
}
