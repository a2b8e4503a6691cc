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
        // Letters OCR read for digits, spaces where a line broke after a slash or inside a number.
        { "IN RESOLUTION 7O7 (l991) THE COUNCIL CONDEMNED IRAQ.", [Cite.Unsc(707, 1991).At("RESOLUTION 7O7 (l991)")] },
        { "RESOLUTIONS 465 (1980) AND 47 8 (198O) WERE IGNORED.", [Cite.Unsc(465, 1980), Cite.Unsc(478, 1980).At("47 8 (198O)")] },
        { "The panel cited A/RES/77/ 8 and S/2022/ 1009 in its report.", [Cite.Unga("A/RES/77/8").At("A/RES/77/ 8"), Cite.Document("S/2022/1009").At("S/2022/ 1009")] },
        { "THE LETTER S/14 5 67 WAS CIRCULATED.", [Cite.Document("S/14567").At("S/14 5 67")] },
        { "See the report (A/3 8/48) for details.", [Cite.Document("A/38/48").At("A/3 8/48")] },
        // Dates in capitals are dates: the item keeps its date, and the inserted clause does not end the list.
        { "THEY RECALLED RESOLUTIONS ES-6/2 OF 14 JANUARY 1980, ADOPTED AT THE SIXTH EMERGENCY SPECIAL SESSION, AND 35/37.", [Cite.Unga("A/RES/ES-6/2"), Cite.Session("ES-6"), Cite.Unga("A/RES/35/37")] },
        // Words glued together by extraction.
        { "The measures of resolution2653(2022) and resolutions1267(1999)and1989(2011) apply.", [Cite.Unsc(2653, 2022), Cite.Unsc(1267, 1999), Cite.Unsc(1989, 2011)] },
        { "It was endorsed by Assemblyresolution70/1 and UNSCR2231.", [Cite.Unga("A/RES/70/1"), Cite.Unsc(2231, 2015)] },
        { "For details, seeS/2023/492,para. 4.", [Cite.Document("S/2023/492")] },
        // Footnote markers glued to a list's items.
        { "Recalling resolutions 2417 (2018),3 2573 (2021)4 and 2664 (2022),5", [Cite.Unsc(2417, 2018), Cite.Unsc(2573, 2021), Cite.Unsc(2664, 2022)] },
        { "Recalling its resolution 46/182 of 19 December 1991,1 and all subsequent resolutions,", [Cite.Unga("A/RES/46/182")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Damaged_text_is_cited_as_if_it_were_clean(string text, Cite.Expected[] expected) =>
        Cite.Check(text, expected);

    [Theory]
    [InlineData("THE MINISTERS REAFFIRMED THEIR SUPPORT FOR GENERAL ASSEMBLY RESO-\nLUTIONS ES-7/2, ES-7/9 AND 38/58 C, AND CALLED FOR ACTION.", new[] { "A/RES/ES-7/2", "A/RES/ES-7/9", "A/RES/38/58" })]
    [InlineData("On 5 February the Assembly adopted resolution ES-\n8/2 by a large majority.", new[] { "A/RES/ES-8/2" })]
    public void Words_and_symbols_broken_over_a_line_are_read_whole(string document, string[] canonicals) =>
        Cite.CheckDocument(document, canonicals.Select(Cite.Unga).ToArray());

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
