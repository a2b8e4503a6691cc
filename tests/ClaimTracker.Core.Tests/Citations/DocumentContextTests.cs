using ClaimTracker.Core.Citations;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>
/// The document is the context: short forms resolve against what the document said before (and,
/// failing that, anywhere in it), as eyecite's resolve step does; a number the document ties to
/// two bodies stays unresolved. Each case is a small document of paragraphs written for the project.
/// </summary>
public sealed class DocumentContextTests
{
    public static TheoryData<string, Cite.Expected[]> Documents => new()
    {
        {
            "UN Security Council Resolution 1546 set out the timetable.\n\nResolution 1546 endorses the interim government.",
            [Cite.Unsc(1546, 2004).At("Resolution 1546"), Cite.Unsc(1546, 2004).At("Resolution 1546")]
        },
        {
            "The Council adopted resolution 687 (1991) after the war.\n\nInspectors reported that Iraq had not met the terms of resolution 687.",
            [Cite.Unsc(687, 1991), Cite.Unsc(687, 1991).At("resolution 687")]
        },
        {
            // Tied later in the document: the whole document is the context.
            "The embargo under resolution 661 hurt civilians most.\n\nThe sanctions regime began with Security Council resolution 661 (1990).",
            [Cite.Unsc(661, 1990).At("resolution 661"), Cite.Unsc(661, 1990)]
        },
        {
            // A document whose resolutions are all the Council's places a number it never wrote in full.
            "Resolution 1718 (2006) imposed the first sanctions.\n\nResolution 2094 (2013) widened them.\n\nLater, resolution 2270 banned coal exports.",
            [Cite.Unsc(1718, 2006), Cite.Unsc(2094, 2013), Cite.Unsc(2270, 2016).At("resolution 2270")]
        },
        {
            "The General Assembly took up the question of Palestine in 1974.\n\nIn Resolution 3236 it affirmed the right of return, and Resolution 3237 granted observer status.",
            [Cite.Unga("A/RES/3236(XXIX)").At("Resolution 3236"), Cite.Unga("A/RES/3237(XXIX)").At("Resolution 3237")]
        },
        {
            // 242 is tied to the Council here and to the Assembly there: the bare one stays unresolved.
            "Security Council resolution 242 (1967) called for withdrawal.\n\nGeneral Assembly resolution 242 (III) dealt with other matters.\n\nBoth sides still invoke resolution 242.",
            [Cite.Unsc(242, 1967), Cite.Unga("A/RES/242(III)")]
        },
        {
            // Another body's resolution is tied too: its number repeated later is still not the UN's.
            "The OAU, in resolution 1457, backed the proposal.\n\nResolution 1457 was welcomed by the member states.",
            [Cite.Other("OAU Resolution 1457")]
        },
        {
            // The body written beside the number outranks the document.
            "Resolution 1325 (2000) is cited throughout this report.\n\nThe European Parliament resolution 1325 of last year is a different text.",
            [Cite.Unsc(1325, 2000), Cite.Other("European Parliament Resolution 1325")]
        },
        {
            // A resolution of the Assembly says "its" for the Assembly, and names its sessions bare.
            "General Assembly\n\nSeventy-ninth session\n\nThe General Assembly,\n\nRecalling its resolution 78/36 of 4 December 2023,\n\n1. Decides to include the item in the provisional agenda of its eightieth session.",
            [Cite.Session(79), Cite.Unga("A/RES/78/36"), Cite.Session(80)]
        },
        {
            // The title line of a resolution text, in a document of the Assembly.
            "United Nations\n\nGeneral Assembly\n\nResolution adopted by the General Assembly on 4 December 2023\n\n78/36. Regional disarmament\n\nThe General Assembly,\n\nRecalling its earlier resolutions,",
            [Cite.Unga("A/RES/78/36").At("78/36")]
        },
        {
            // In a report of the Human Rights Council, "Council resolutions 5/1" are that Council's.
            "Human Rights Council\n\nFifty-fourth session\n\nIn accordance with Council resolutions 5/1 and 5/2 of 18 June 2007, the Office consulted the State concerned.",
            [Cite.Document("A/HRC/RES/5/1"), Cite.Document("A/HRC/RES/5/2")]
        },
        {
            // "its" in a paragraph of a resolution is the resolution's own organ, not the body named just before.
            "General Assembly\n\nThe General Assembly,\n\nRecalling Human Rights Council resolution 52/35 of 4 April 2023 and its own decision 77/553 of 12 September 2023,",
            [Cite.Document("A/HRC/RES/52/35"), Cite.Document("A/DEC/77/553")]
        },
        {
            // A text about the Council means the Council's resolutions.
            "The Security Council met again on Gaza.\n\nResolution 2712, adopted in November, called for pauses; resolution 2720 followed in December.",
            [Cite.Unsc(2712, 2023), Cite.Unsc(2720, 2023)]
        },
        {
            // A bare number in a text about the UN is the Council's if the Council reached it: the
            // Assembly's early resolutions are cited with their session.
            "Mr. President, I congratulate you on your election to the presidency of the General Assembly.\n\nWe reaffirm that resolution 242 alone is not sufficient.",
            [Cite.Unsc(242, 1967)]
        },
        {
            // "the 2334 resolution": the number before the keyword, placed by the document.
            "Security Council resolution 2334 (2016) condemned the settlements.\n\nSince the 2334 resolution of December 2016, nothing has changed.",
            [Cite.Unsc(2334, 2016), Cite.Unsc(2334, 2016).At("2334 resolution")]
        },
        {
            // A sentence of prose that opens on an organ's name does not make the document that organ's.
            "On 24 February 2025 the Council adopted resolution 2774 (2025).\n\nThe Human Rights Council, for its part, met in May.\n\nOnly the Council's resolution 2774 reflects the balance of views.",
            [Cite.Event("2025-02-24"), Cite.Unsc(2774, 2025), Cite.Unsc(2774, 2025)]
        },
        {
            // Without the Assembly anywhere, an ordinal session is nobody's in particular.
            "The committee met for its eightieth session in Geneva.\n\nNothing was decided.",
            []
        },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Short_forms_resolve_against_the_document(string document, Cite.Expected[] expected) =>
        Cite.CheckDocument(document, expected);

    [Fact]
    public void The_context_ties_each_number_to_its_body_from_the_first_unit_that_places_it()
    {
        var context = DocumentCitationContext.Of([(1, "Nothing here."), (2, "Security Council resolution 1244 (1999) applies."), (3, "Resolution 1244 still applies.")]);

        var tie = Assert.Single(context.Ties);
        Assert.Equal((1244, UnOrgan.SecurityCouncil, 2, true), (tie.Number, tie.Organ, tie.Ordinal, tie.Strong));
        Assert.Equal(UnOrgan.SecurityCouncil, context.ResolutionOrgan);
    }

    [Fact]
    public void A_unit_alone_resolves_only_what_it_says_itself() =>
        Assert.Empty(Cite.All("Resolution 2270 banned coal exports."));

    [Fact]
    public void The_context_holds_at_most_a_bounded_number_of_ties()
    {
        var units = Enumerable.Range(1, DocumentCitationContext.MaxTies + 50)
            .Select(n => (n, $"Security Council resolution {n} ({Core.ReferenceData.SecurityCouncilResolutions.YearOf(n)}) is recalled."));

        Assert.Equal(DocumentCitationContext.MaxTies, DocumentCitationContext.Of(units).Ties.Count);
    }
}
