namespace ClaimTracker.Core.Tests.Citations;

/// <summary>Lists of resolutions: each number its own citation, with the date, year or organ its item gives.</summary>
public sealed class ResolutionListTests
{
    public static TheoryData<string, Cite.Expected[]> Cases => new()
    {
        {
            // Each date is its item's adoption date: no separate event is cited for it.
            "Recalling its resolutions 60/251 of 15 March 2006, 62/219 of 22 December 2007 and 65/281 of 17 June 2011,",
            [Cite.Unga("A/RES/60/251").At("resolutions 60/251"), Cite.Unga("A/RES/62/219").At("62/219"), Cite.Unga("A/RES/65/281").At("65/281")]
        },
        {
            "Recalling its resolutions 46/36 L of 9 December 1991 and 47/52 B of 9 December 1992,",
            [Cite.Unga("A/RES/46/36").At("resolutions 46/36 L"), Cite.Unga("A/RES/47/52").At("47/52 B")]
        },
        {
            "Resolution 1718, passed in 2006, demanded an end to testing.",
            [Cite.Unsc(1718, 2006).At("Resolution 1718")]
        },
        {
            "Resolution 2087, adopted in January 2013 after a launch, tightened the measures.",
            [Cite.Unsc(2087, 2013)]
        },
        {
            // The organ changes by format inside one list of provisions.
            "The provisions of General Assembly resolution 194 (III) on refugees, of resolution 478 (1980) on the city and of resolution 3375 (XXX) on participation are ignored.",
            [Cite.Unga("A/RES/194(III)"), Cite.Unsc(478, 1980), Cite.Unga("A/RES/3375(XXX)")]
        },
        {
            "UN Security Council Resolutions 822, 853, 874 and 884 adopted in 1993 were ignored.",
            [Cite.Unsc(822, 1993).At("Resolutions 822"), Cite.Unsc(853, 1993).At("853"), Cite.Unsc(874, 1993).At("874"), Cite.Unsc(884, 1993).At("884")]
        },
        {
            "The Council reaffirmed resolutions 1267 (1999), 1333 (2000); and 1390 (2002) as well as 1452 (2002).",
            [Cite.Unsc(1267, 1999), Cite.Unsc(1333, 2000), Cite.Unsc(1390, 2002), Cite.Unsc(1452, 2002)]
        },
        {
            // A singular keyword's "and" starts no second resolution.
            "Security Council resolution 1244 and 12 other texts were discussed.",
            [Cite.Unsc(1244, 1999).At("resolution 1244")]
        },
        {
            // An earlier resolution of the sentence names the body of a later bare one.
            "The mission operates under S/RES/1244 (1999) and resolution 1267.",
            [Cite.Unsc(1244, 1999), Cite.Unsc(1267, 1999).At("resolution 1267")]
        },
        {
            // Numbers a keyword introduces from a little way off, and ranges written with their years.
            "Iran has defied six Security Council resolutions: 1696 (2006), 1737 (2006) and 1747 (2007).",
            [Cite.Unsc(1696, 2006), Cite.Unsc(1737, 2006), Cite.Unsc(1747, 2007)]
        },
        {
            "The Kosovo resolution, 1244 (1999), set up the mission; the agenda runs from 1325 (2000) through 2493 (2019).",
            [Cite.Unsc(1244, 1999), Cite.Unsc(1325, 2000), Cite.Unsc(2493, 2019)]
        },
        {
            // A clause inserted between two items does not end the list.
            "Recalling its resolutions 69/283 of 3 June 2015, adopted at the Third World Conference, and 70/1 of 25 September 2015,",
            [Cite.Unga("A/RES/69/283"), Cite.Unga("A/RES/70/1")]
        },
        {
            "The sanctions regime, last renewed by UNSC Res 2231, and UNGA Res 68/262 were both cited.",
            [Cite.Unsc(2231, 2015), Cite.Unga("A/RES/68/262")]
        },
        {
            // "its" is the body named just before; a year reference data gives one organ outranks the body written beside a list.
            "General Assembly resolution 3212 (XXIX), which was endorsed by the Security Council in its resolution 365 (1974), stands.",
            [Cite.Unga("A/RES/3212(XXIX)"), Cite.Unsc(365, 1974)]
        },
        {
            "It recalled resolutions 60/180 and 1645 (2005) of the General Assembly and of the Security Council.",
            [Cite.Unga("A/RES/60/180"), Cite.Unsc(1645, 2005)]
        },
        {
            "The Security Council noted that the movement was recognized by the General Assembly in its resolution 31/146.",
            [Cite.Unga("A/RES/31/146")]
        },
        {
            // "In resolution N, the Council …": the organ opening the main clause wrote it.
            "In resolution 45/20, the Human Rights Council extended the mandate.",
            [Cite.Document("A/HRC/RES/45/20")]
        },
        {
            // A roman session is the Assembly's even beside "by Security Council", which here is the means.
            "The first emergency special session was convened under resolution 377 A (V) by Security Council resolution 119 (1956).",
            [Cite.Session("ES-1"), Cite.Unga("A/RES/377(V)"), Cite.Unsc(119, 1956)]
        },
        {
            // The body a resolution creates did not adopt it.
            "The General Assembly created the Human Rights Council by resolution 60/251.",
            [Cite.Unga("A/RES/60/251")]
        },
        {
            // What follows a list is not its next item: a paragraph's number, the day of a date, a job number.
            "Calls upon States to act in accordance with resolution 2625 (XXV); 4. Reaffirms the right of peoples.",
            [Cite.Unga("A/RES/2625(XXV)")]
        },
        {
            "^ Security Council Resolution 509, 6 June 1982.",
            [Cite.Unsc(509, 1982)]
        },
        {
            "Recalling its resolution 1887 (2009) of 24 September 2009, 24-22987 (E)",
            [Cite.Unsc(1887, 2009)]
        },
        {
            "The Assembly's language built on its 2014 resolution on Crimea, 68/262, which affirmed the borders.",
            [Cite.Unga("A/RES/68/262")]
        },
        {
            "The Council adopted resolution 338 (1973), which called for the implementation of resolution 242 in all of its parts.",
            [Cite.Unsc(338, 1973), Cite.Unsc(242, 1967)]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_number_of_a_list_is_its_own_citation(string text, Cite.Expected[] expected) =>
        Cite.Check(text, expected);

    [Fact]
    public void A_list_carried_over_a_line_break_is_one_list()
    {
        const string document = "Recalling its resolutions 50/70 K of 12 December 1995, 51/45 K of 10 December 1996,\n52/38 P of 9 December 1997 and 53/77 O of 4 December 1998 on regional disarmament,";

        Cite.CheckDocument(document, Cite.Unga("A/RES/50/70"), Cite.Unga("A/RES/51/45"), Cite.Unga("A/RES/52/38"), Cite.Unga("A/RES/53/77"));
    }
}
