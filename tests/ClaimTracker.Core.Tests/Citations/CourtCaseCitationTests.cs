namespace ClaimTracker.Core.Tests.Citations;

/// <summary>Advisory opinions and judgments of the International Court of Justice, and cases by their parties.</summary>
public sealed class CourtCaseCitationTests
{
    public static TheoryData<string, string[]> Cases => new()
    {
        { "The Assembly welcomed the advisory opinion of the International Court of Justice of 8 July 1996.", [Cite.Case("ICJ Advisory Opinion 1996-07-08")] },
        { "Many states cite the Court's Advisory Opinion on the Legality of the Threat or Use of Nuclear Weapons.", [Cite.Case("ICJ Advisory Opinion, Legality of the Threat or Use of Nuclear Weapons")] },
        { "Belgrade disputed the ICJ judgment of 3 February 2015.", [Cite.Case("ICJ Judgment 2015-02-03")] },
        { "The ICJ's 2010 advisory opinion on Kosovo was debated.", [Cite.Case("ICJ Advisory Opinion, Kosovo 2010")] },
        { "The International Court of Justice delivered its advisory opinion on 19 July 2024.", [Cite.Case("ICJ Advisory Opinion 2024-07-19")] },
        { "The 9 July 2004 advisory opinion of the World Court was ignored.", [Cite.Case("ICJ Advisory Opinion 2004-07-09")] },
        { "The ICJ's judgment in the case concerning Application of the Genocide Convention (Croatia v. Serbia) was read.", [Cite.Case("ICJ Judgment, Application of the Genocide Convention"), Cite.Case("Croatia v. Serbia")] },
        { "The ruling in Nicaragua v. United States is often cited.", [Cite.Case("Nicaragua v. United States")] },
        // Two ordinary words are a title, not parties; other courts, and "the Court" where nothing says it is the ICJ.
        { "Her essay Order v. Chaos won a prize.", [] },
        { "The Supreme Court's judgment was final.", [] },
        { "The Court's ruling was clear.", [] },
        { "The court's advisory opinion was sought.", [] },
        { "The European Court of Human Rights judgment of 5 May 2010 was final.", [Cite.Event("2010-05-05")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cites_decisions_of_the_international_court_of_justice(string sentence, string[] expected) =>
        Assert.Equal(expected, Cite.In(sentence));
}
