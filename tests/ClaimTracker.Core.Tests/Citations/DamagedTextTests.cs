namespace ClaimTracker.Core.Tests.Citations;

/// <summary>Citations in text as extraction and OCR leave it: capitals, letter-spacing, glued words, stray brackets and digits.</summary>
public sealed class DamagedTextTests
{
    public static TheoryData<string, Cite.Expected[]> Cases => new()
    {
        { "THE SECURITY COUNCIL IN RESOLUTION 660 (1990) CONDEMNED THE INVASION.", [Cite.Unsc(660, 1990).At("RESOLUTION 660 (1990)")] },
        { "WE RECALL GENERAL ASSEMBLY RESOLUTION 3379 (XXX) AND ITS CONSEQUENCES.", [Cite.Unga("A/RES/3379(XXX)")] },
        { "THE COUNCIL ADOPTED RESOLUTION 6 6 0  ( 1 9 9 0 ) THAT NIGHT.", [Cite.Unsc(660, 1990).At("RESOLUTION 6 6 0  ( 1 9 9 0 )")] },
        { "ON THE BASIS OF SECURITY COUNCIL RESOLUTIONS 242 (1967) AND 3 38 OF 1973 THE TALKS BEGAN.", [Cite.Unsc(242, 1967), Cite.Unsc(338, 1973).At("3 38")] },
        { "The mandate was renewed underUNSCR 1701 last August.", [Cite.Unsc(1701, 2006).At("UNSCR 1701")] },
        { "It rests on resolution 242(1967) and nothing else.", [Cite.Unsc(242, 1967).At("resolution 242(1967)")] },
        { "Egypt accepted resolution 242 (1967).3 The text is short.", [Cite.Unsc(242, 1967).At("resolution 242 (1967)")] },
        { "Israel rejected resolution 687.73 Again the inspectors left.", [] },
        { "A resolution partitioning Palestine [resolution 181 (II)] was adopted.", [Cite.Unga("A/RES/181(II)").At("resolution 181 (II)")] },
        { "The  Security  Council  resolution  1244  (1999)  still stands.", [Cite.Unsc(1244, 1999)] },
        { "The Council acted under S.C. Res. 678 (1990), and the Assembly under G.A. Res. 377 (V).", [Cite.Unsc(678, 1990), Cite.Unga("A/RES/377(V)")] },
        { "The inspectors cited UN SCR 687 in their report.", [Cite.Unsc(687, 1991).At("UN SCR 687")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_text_is_cited_as_if_it_were_clean(string text, Cite.Expected[] expected) =>
        Cite.Check(text, expected);

    [Fact]
    public void A_number_and_its_year_broken_over_a_line_are_one_citation_pointing_at_both()
    {
        const string document = "The provisions of Security Council resolution 687\n(1991) were binding on Iraq.";

        Cite.CheckDocument(document, Cite.Unsc(687, 1991).At("resolution 687 (1991)"));
    }

    [Fact]
    public void Page_furniture_between_a_number_and_its_year_is_not_part_of_the_citation()
    {
        var page = string.Join("\n", Enumerable.Range(0, 40).Select(i => $"Line {i} of the statement goes on without any reference at all"));
        var document = $"{page}\n\nThe delegation recalled the terms of Security Council resolution 687\n\f12\n\f(1991) and asked for their respect.\n\n{page}";

        var citation = Assert.Single(Core.Analysis.DocumentAnalyzer.Analyze(document).Units.SelectMany(u => u.Citations));
        Assert.Equal("S/RES/687 (1991)", citation.Canonical);
    }
}
