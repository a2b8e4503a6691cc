namespace ClaimTracker.Core.Tests.Citations;

/// <summary>Every form of General Assembly citation, canonical as the UN writes the symbol (undocs.org resolves it).</summary>
public sealed class AssemblyFormTests
{
    public static TheoryData<string, Cite.Expected[]> Cases => new()
    {
        // Before 1976: the session in roman numerals, no space, from reference data where the text gives none.
        { "It recalled A/RES/194 (III) on refugees.", [Cite.Unga("A/RES/194(III)")] },
        { "It recalled General Assembly resolution 194 (III).", [Cite.Unga("A/RES/194(III)")] },
        { "The General Assembly adopted resolution 2625 without a vote.", [Cite.Unga("A/RES/2625(XXV)")] },
        { "General Assembly resolution 2252 (ES-V) called for relief.", [Cite.Unga("A/RES/2252(ES-V)")] },
        { "In its resolution 186 (S-2) the Assembly appointed a mediator.", [Cite.Unga("A/RES/186(S-2)")] },
        // Special and emergency special sessions since 1976.
        { "The Assembly demanded a withdrawal in A/RES/ES-11/1.", [Cite.Unga("A/RES/ES-11/1")] },
        { "It recalled resolution ES-11/1 of 2 March 2022.", [Cite.Unga("A/RES/ES-11/1")] },
        { "The Assembly adopted a text (ES-11/1) by 141 votes.", [Cite.Unga("A/RES/ES-11/1").At("ES-11/1")] },
        { "A later text (ES-11 4) followed.", [Cite.Unga("A/RES/ES-11/4").At("ES-11 4")] },
        { "The Final Document (resolution S-10/2) set the agenda.", [Cite.Unga("A/RES/S-10/2")] },
        // Lettered parts are parts of one document.
        { "See General Assembly resolution 45/58 P.", [Cite.Unga("A/RES/45/58").At("resolution 45/58 P")] },
        // Sessions written out, capitalised, special and emergency special.
        { "The Seventy-ninth session of the General Assembly opened.", [Cite.Session(79)] },
        { "It was adopted at the twelfth special session of the General Assembly.", [Cite.Session("S-12")] },
        { "When the General Assembly met in the fifth emergency special session, two trends emerged.", [Cite.Session("ES-5")] },
        { "Official Records of the General Assembly, Forty-eighth Session, Supplement No. 42 (A/48/42)", [Cite.Session(48), Cite.Document("A/48/42")] },
        // Sessions named together, named by the resolution the unit cites, and a description that numbers nothing.
        { "The sixth and seventh special sessions of the General Assembly were held in 1974 and 1975.", [Cite.Session("S-6"), Cite.Session("S-7")] },
        { "Meeting in its tenth emergency special session, it adopted resolution ES-10/21.", [Cite.Session("ES-10"), Cite.Unga("A/RES/ES-10/21")] },
        { "The Tenth Special Session of the General Assembly, the first special session devoted to disarmament, met in 1978.", [Cite.Session("S-10")] },
        // Abbreviated sessions.
        { "At UNGA78, and again at UNGA-77, the delegation spoke; at the 78th UN General Assembly it voted.", [Cite.Session(78), Cite.Session(77), Cite.Session(78)] },
        // Pre-1976 special sessions in roman numerals, and a number written with its session needs no keyword.
        { "The Declaration on the New International Economic Order, resolutions 3201 (S-VI) and 3202 (S-VI), followed.", [Cite.Treaty("Declaration on the New International Economic Order"), Cite.Unga("A/RES/3201(S-VI)"), Cite.Unga("A/RES/3202(S-VI)")] },
        // Symbols with the addenda, revisions and corrigenda written in mixed case; joint documents are two.
        { "See A/78/L.20/Add.1, A/77/3/Rev.1, S/2022/1009/Add.1 and A/77/72-E/2022/50.", [Cite.Document("A/78/L.20/Add.1"), Cite.Document("A/77/3/Rev.1"), Cite.Document("S/2022/1009/Add.1"), Cite.Document("A/77/72"), Cite.Document("E/2022/50")] },
        { "See the reports (E/2020/26-E/CN.5/2020/9) and (E/5715/ Rev.2).", [Cite.Document("E/2020/26"), Cite.Document("E/CN.5/2020/9"), Cite.Document("E/5715/Rev.2").At("E/5715/ Rev.2")] },
        { "It recalled A/Res/76/124 and S/Res/2573 (2021).", [Cite.Unga("A/RES/76/124").At("A/Res/76/124"), Cite.Unsc(2573, 2021).At("S/Res/2573 (2021)")] },
        // Decisions and the Human Rights Council.
        { "The General Assembly, in its decision 78/548, deferred the item.", [Cite.Document("A/DEC/78/548")] },
        { "See the Human Rights Council resolution 45/1 on the matter.", [Cite.Document("A/HRC/RES/45/1")] },
        { "The Council adopted A/HRC/RES/45/1 without a vote.", [Cite.Document("A/HRC/RES/45/1")] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void General_assembly_forms_get_their_official_symbol(string text, Cite.Expected[] expected) =>
        Cite.Check(text, expected);
}
