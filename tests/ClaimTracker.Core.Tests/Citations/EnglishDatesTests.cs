using ClaimTracker.Core.Citations.Dates;

namespace ClaimTracker.Core.Tests.Citations;

public sealed class EnglishDatesTests
{
    [Theory]
    [InlineData("on 15 February 2020", "2020-02-15")]
    [InlineData("on 3rd of October 2019", "2019-10-03")]
    [InlineData("on February 15, 2020", "2020-02-15")]
    [InlineData("from 12-16 July 2020", "2020-07-12/2020-07-16")]
    [InlineData("from 12–16 July 2020", "2020-07-12/2020-07-16")]
    [InlineData("in July 2021", "2021-07")]
    [InlineData("on 7 Sept. 2021", "2021-09-07")]
    public void Reads_the_usual_english_forms(string text, string iso)
    {
        var date = Assert.Single(EnglishDates.Find(text));

        Assert.Equal(iso, date.Iso(date.Year!.Value));
    }

    [Theory]
    [InlineData("on 17 October", 10, 17)]
    [InlineData("on October 17", 10, 17)]
    public void A_day_and_month_without_a_year_is_kept_for_the_context_to_date(string text, int month, int day) =>
        Assert.Equal((null, month, day), Assert.Single(EnglishDates.Find(text)) is var d ? (d.Year, d.Month, d.Day) : default);

    [Theory]
    [InlineData("the talks may 12 times fail")]
    [InlineData("31 February")]
    [InlineData("in 2020")]
    [InlineData("March 20 percent")]
    public void Is_not_fooled(string text) => Assert.DoesNotContain(EnglishDates.Find(text), d => d.FirstDay(d.Year ?? 2020) is not null);
}
