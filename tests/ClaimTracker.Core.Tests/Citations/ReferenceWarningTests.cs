namespace ClaimTracker.Core.Tests.Citations;

/// <summary>A citation that contradicts reference data carries a warning a reviewer can act on; one that fits carries none.</summary>
public sealed class ReferenceWarningTests
{
    public static TheoryData<string, Cite.Expected[]> Cases => new()
    {
        {
            "It recalled resolution 822 (1994) on Kalbajar.",
            [Cite.Unsc(822, 1993).Warning("Security Council resolution 822 was adopted in 1993; the text gives 1994.")]
        },
        {
            "Resolution 678, adopted on 29 November 1991, set a deadline.",
            [Cite.Unsc(678, 1990).Warning("Security Council resolution 678 was adopted in 1990; the text gives 1991.")]
        },
        {
            "It recalled General Assembly resolution 3236 (XXX).",
            [Cite.Unga("A/RES/3236(XXIX)").Warning("General Assembly resolution 3236 was adopted at its 29th session (XXIX) in 1974; the text gives (XXX).")]
        },
        {
            "It recalled General Assembly resolution 3236 of 1976.",
            [Cite.Unga("A/RES/3236(XXIX)").Warning("General Assembly resolution 3236 was adopted in 1974; the text gives 1976.")]
        },
        {
            "Recalling its resolution 62/219 of 22 December 2009,",
            [Cite.Unga("A/RES/62/219").Warning("General Assembly resolution 62/219 belongs to the 62nd session (September 2007 to September 2008); the text dates it 22 December 2009.")]
        },
        {
            "Speaking at the 75th session of the UN General Assembly on 24 September 2021, he warned the world.",
            [
                Cite.Session(75).Warning("The 75th session of the General Assembly ran from September 2020 to September 2021; 24 September 2021 falls in the 76th session."),
                Cite.Event("75th session of the UN General Assembly 2021-09-24").At("24 September 2021"),
            ]
        },
        // No false warnings: a resolution's own date dates the resolution, not a session named after it.
        { "The most recent is resolution 70/76 of 9 December 2015, and the next will be considered at the seventy-third session of the General Assembly.", [Cite.Unga("A/RES/70/76"), Cite.Session(73)] },
        { "Recalling its resolution 62/219 of 22 December 2007,", [Cite.Unga("A/RES/62/219")] },
        { "Recalling its resolution 62/219 of 2008,", [Cite.Unga("A/RES/62/219")] },
        { "It recalled General Assembly resolution 3236 (XXIX) of 22 November 1974.", [Cite.Unga("A/RES/3236(XXIX)")] },
        { "Security Council resolutions 242 (1967) and 338 (1973) remain the basis.", [Cite.Unsc(242, 1967), Cite.Unsc(338, 1973)] },
        { "Security Council resolution 2900 (2026) was adopted.", [Cite.Unsc(2900, 2026)] },
        { "He spoke at the 76th session of the UN General Assembly on 14 September 2021.", [Cite.Session(76), Cite.Event("76th session of the UN General Assembly 2021-09-14").At("14 September 2021")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Contradictions_with_reference_data_are_warned_about_and_nothing_else(string text, Cite.Expected[] expected) =>
        Cite.Check(text, expected);

    [Fact]
    public void A_list_year_that_does_not_fit_warns_only_for_the_resolutions_it_does_not_fit() =>
        Cite.Check(
            "Security Council resolutions 822 and 1244 adopted in 1993.",
            Cite.Unsc(822, 1993),
            Cite.Unsc(1244, 1999).Warning("Security Council resolution 1244 was adopted in 1999; the text gives 1993."));
}
