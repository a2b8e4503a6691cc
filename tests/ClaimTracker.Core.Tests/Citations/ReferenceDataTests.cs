using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Tests.Citations;

public sealed class ReferenceDataTests
{
    [Theory]
    [InlineData(1, 1946)]
    [InlineData(242, 1967)]
    [InlineData(338, 1973)]
    [InlineData(660, 1990)]
    [InlineData(678, 1990)]
    [InlineData(822, 1993)]
    [InlineData(884, 1993)]
    [InlineData(1244, 1999)]
    [InlineData(1325, 2000)]
    [InlineData(2334, 2016)]
    [InlineData(2787, 2025)]
    public void Security_council_resolutions_have_the_year_they_were_adopted(int number, int year) =>
        Assert.Equal(year, SecurityCouncilResolutions.YearOf(number));

    [Fact]
    public void The_numbers_run_on_without_gaps_from_1946()
    {
        var previous = 0;
        for (var year = SecurityCouncilResolutions.FirstYear; SecurityCouncilResolutions.NumbersOf(year) is { } numbers; year++)
        {
            Assert.Equal(previous + 1, numbers.First);
            Assert.True(numbers.Last >= numbers.First);
            previous = numbers.Last;
        }
        Assert.Equal(SecurityCouncilResolutions.LastKnown, previous);
        Assert.Null(SecurityCouncilResolutions.YearOf(previous + 1));
    }

    [Theory]
    [InlineData(2021, 9, 24, 76)]
    [InlineData(2020, 9, 24, 75)]
    [InlineData(2020, 12, 1, 75)]
    [InlineData(2021, 8, 31, 75)]
    [InlineData(1946, 6, 1, 1)]
    public void The_general_assembly_session_in_progress_on_a_date(int year, int month, int day, int session) =>
        Assert.Equal(session, GeneralAssemblySessions.InProgressOn(new DateOnly(year, month, day)));

    [Fact]
    public void Early_september_dates_do_not_decide_a_session() =>
        Assert.Null(GeneralAssemblySessions.InProgressOn(new DateOnly(2021, 9, 10)));
}
