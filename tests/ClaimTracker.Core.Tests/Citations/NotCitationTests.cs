namespace ClaimTracker.Core.Tests.Citations;

/// <summary>What looks like a UN citation and is not: other bodies' resolutions, press releases, meetings, orders, counts.</summary>
public sealed class NotCitationTests
{
    public static TheoryData<string, Cite.Expected[]> Cases => new()
    {
        { "The Organization of the Islamic Conference (resolutions 6/20 and 21/14) supports the proposal.", [Cite.Other("Organization of the Islamic Conference Resolution 6/20"), Cite.Other("Organization of the Islamic Conference Resolution 21/14")] },
        { "The League of Arab States, with 22 members (resolutions 5156 and 5158), agreed.", [Cite.Other("League of Arab States Resolution 5156"), Cite.Other("League of Arab States Resolution 5158")] },
        { "The OAU, in resolution 1457, expressed its appreciation.", [Cite.Other("OAU Resolution 1457")] },
        { "PACE Resolution 1416 condemned the occupation.", [Cite.Other("PACE Resolution 1416")] },
        { "The OIC Resolution No. 10/11 supported the request.", [Cite.Other("OIC Resolution 10/11")] },
        { "The Knesset resolution 2345 was passed at night.", [Cite.Other("Knesset Resolution 2345")] },
        { "House Resolution 1234 passed the chamber.", [Cite.Other("House Resolution 1234")] },
        { "The Commission on Human Rights resolution 1998/53 was recalled.", [Cite.Other("Commission on Human Rights Resolution 1998/53")] },
        // Numbered another body's way: a suffix the Assembly never writes; its own resolutions are "its".
        { "THE CONFERENCE RECALLED ITS RESOLUTION NO. 35/11-P AND UNITED NATIONS GENERAL ASSEMBLY RESOLUTION 35/169.", [Cite.Other("CONFERENCE Resolution 35/11"), Cite.Unga("A/RES/35/169")] },
        { "The decision was announced in press release SC/15946 and GA/12345.", [] },
        { "It was adopted at the 2104th plenary meeting of the session.", [] },
        { "The sanctions rest on Executive Order 13382 of 28 June 2005.", [Cite.Statement("Executive Order 2005-06-28")] },
        { "The vote was 15-0 with 3 abstentions.", [] },
        { "Resolution 5 was discussed.", [] },
        { "The decisions and resolutions of international organizations were ignored.", [] },
        { "Chairman of the eighth session of the OAU Assembly, he spoke first.", [] },
        { "The Human Rights Council at its 45th session heard the report.", [] },
        { "The 75th session of the parliament ended.", [] },
        // Other bodies' numbering, sessions and symbols among UN words.
        { "Annex: texts cited - 32 C/Resolution 33 (2003) of the UNESCO General Conference.", [] },
        { "The General Assembly of States Parties to the Convention, at its twenty-first session, elected the Committee.", [] },
        { "The Executive Board, at its 148th session in January 2021, considered the report.", [Cite.Event("148th session 2021-01")] },
        { "The Economic and Social Council met in July. The Council, which in 1970 adopted resolution 1503 (XLVIII), set the procedure.", [] },
        { "The Commission on Narcotic Drugs, at its sixty-third session, adopted resolution 63/1 and, in decision 63/14, scheduled the substances.", [Cite.Other("Commission on Narcotic Drugs Resolution 63/1"), Cite.Other("Commission on Narcotic Drugs Decision 63/14")] },
        { "Letters to the President of the Security Council (for example S/2011/137, transmitting the League's resolution 7360) followed.", [Cite.Document("S/2011/137"), Cite.Other("League Resolution 7360")] },
        { "The AU Peace and Security Council met; the Sub-Commission met for its fifty-seventh session in August.", [] },
        // Another body's symbol with a session of its own.
        { "The OAU Council of Ministers reaffirmed its resolution CM/RES.532 (XXIX).", [] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Lookalikes_are_not_un_citations(string text, Cite.Expected[] expected) =>
        Cite.Check(text, expected);
}
