using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Segmentation;

/// <summary>
/// Units on the genres users upload beside articles: resolutions, numbered paragraphs, transcripts
/// with speaker labels, news reports with datelines, text in capitals. Every text here is written
/// for these tests. Expected units read "Kind: text", in reading order, separated by " | ".
/// </summary>
public sealed class GenreUnitsTests
{
    private static string UnitsOf(string text) =>
        string.Join(" | ", ClaimSegmenter.Segment(text).Units.Select(u => $"{u.Kind}: {u.Text}"));

    /// <summary>
    /// Each preambular paragraph (a participle, or an adverb and a participle, or an adjective of
    /// mind, ending in a comma) and each operative paragraph (a number or letter, ending in a
    /// semicolon) is one claim, blank lines or none; the line naming the body is a heading.
    /// </summary>
    [Theory]
    [InlineData(
        "The Security Council,\n\nRecalling its resolution 1405 (2002),\n\nDeeply concerned by the situation in the camps,\n\n1. Calls upon all parties to exercise restraint;\n\n2. Decides to remain seized of the matter.",
        "Heading: The Security Council, | Claim: Recalling its resolution 1405 (2002), | Claim: Deeply concerned by the situation in the camps, | Claim: 1. Calls upon all parties to exercise restraint; | Claim: 2. Decides to remain seized of the matter.")]
    [InlineData(
        "The General Assembly,\nRecalling its resolution 70/1 of 25 September 2015, entitled\n\"Transforming our world\",\nNoting with appreciation the work of the regional commissions in support\nof the Agenda,\n1. Encourages Member States to strengthen their statistical capacity;\n2. Requests the Secretary-General to report on the implementation\nof the present resolution.",
        "Heading: The General Assembly, | Claim: Recalling its resolution 70/1 of 25 September 2015, entitled \"Transforming our world\", | Claim: Noting with appreciation the work of the regional commissions in support of the Agenda, | Claim: 1. Encourages Member States to strengthen their statistical capacity; | Claim: 2. Requests the Secretary-General to report on the implementation of the present resolution.")]
    [InlineData(
        "The Security Council,\n\nGravely alarmed by the attacks on peacekeepers,\n\n1. Decides to send a mission, which shall:\n\n(a) Report on the protection of civilians;\n\n(b) Make recommendations to the Council;",
        "Heading: The Security Council, | Claim: Gravely alarmed by the attacks on peacekeepers, | Claim: 1. Decides to send a mission, which shall: | Claim: (a) Report on the protection of civilians; | Claim: (b) Make recommendations to the Council;")]
    [InlineData(
        "The General Assembly,\n\nFurther recalling its earlier decisions on the item,\n\nMindful of the need for regional cooperation,\n\nAware that resources remain scarce,\n\n1. Welcomes the report;",
        "Heading: The General Assembly, | Claim: Further recalling its earlier decisions on the item, | Claim: Mindful of the need for regional cooperation, | Claim: Aware that resources remain scarce, | Claim: 1. Welcomes the report;")]
    [InlineData(
        "The Security Council,\nHaving considered the report of the Secretary-General,\nActing under Chapter VII of the Charter of the United Nations,\n1. Demands that all parties cease hostilities;",
        "Heading: The Security Council, | Claim: Having considered the report of the Secretary-General, | Claim: Acting under Chapter VII of the Charter of the United Nations, | Claim: 1. Demands that all parties cease hostilities;")]
    [InlineData(
        "The Human Rights Council,\n\nGuided by the purposes and principles of the Charter,\n\nReaffirming General Assembly resolution 60/251,\n\n1. Condemns all acts of violence against journalists;",
        "Heading: The Human Rights Council, | Claim: Guided by the purposes and principles of the Charter, | Claim: Reaffirming General Assembly resolution 60/251, | Claim: 1. Condemns all acts of violence against journalists;")]
    [InlineData(
        "Recalling the declarations of the summit on water security,\nConvinced that shared rivers call for shared rules,\nEmphasizing the role of basin commissions,\n1. Invites riparian States to exchange hydrological data;",
        "Claim: Recalling the declarations of the summit on water security, | Claim: Convinced that shared rivers call for shared rules, | Claim: Emphasizing the role of basin commissions, | Claim: 1. Invites riparian States to exchange hydrological data;")]
    [InlineData(
        "The Conference of the Parties,\n\nTaking note of the synthesis report,\n\n1. Urges Parties to submit their plans before the next session;\n\n2. Also urges developed country Parties to scale up finance;",
        "Heading: The Conference of the Parties, | Claim: Taking note of the synthesis report, | Claim: 1. Urges Parties to submit their plans before the next session; | Claim: 2. Also urges developed country Parties to scale up finance;")]
    [InlineData(
        "The General Assembly,\nRecalling the programme adopted at the conference on women,\nBeijing Declaration and Platform for Action, and their review,\n1. Welcomes the report;",
        "Heading: The General Assembly, | Claim: Recalling the programme adopted at the conference on women, Beijing Declaration and Platform for Action, and their review, | Claim: 1. Welcomes the report;")]
    public void Resolution_paragraphs_are_units_by_their_form(string text, string expected) => Assert.Equal(expected, UnitsOf(text));

    /// <summary>Prose that opens a line on a participle is no resolution: its sentences stay as they were.</summary>
    [Theory]
    [InlineData(
        "Speaking to reporters, the minister said the talks would resume.\nConvinced that peace was near, she left for the capital.",
        "Claim: Speaking to reporters, the minister said the talks would resume. | Claim: Convinced that peace was near, she left for the capital.")]
    [InlineData(
        "United Nations officials met the delegation on Monday. Recalling the last round, they were cautious.",
        "Claim: United Nations officials met the delegation on Monday. | Claim: Recalling the last round, they were cautious.")]
    public void Participles_in_prose_open_no_resolution_paragraph(string text, string expected) => Assert.Equal(expected, UnitsOf(text));

    /// <summary>A paragraph's number opens its unit, however it is set: before a tab, on a line of its own, wrapped.</summary>
    [Theory]
    [InlineData("17.\tThe Council met twice in March. It heard the mission's report.", "Claim: 17. The Council met twice in March. | Claim: It heard the mission's report.")]
    [InlineData(
        "19.\tThe Council then turned to the situation in the region, which had worsened since the report was sent to\nits members in January.\n20.\tThe delegation left.",
        "Claim: 19. The Council then turned to the situation in the region, which had worsened since the report was sent to its members in January. | Claim: 20. The delegation left.")]
    [InlineData("The debate closed.\n\n20.\nThe delegation reaffirmed its position.", "Claim: The debate closed. | Claim: 20. The delegation reaffirmed its position.")]
    [InlineData("The debate closed.\n\n21.\n\nThe delegation reaffirmed its position.", "Claim: The debate closed. | Claim: 21. The delegation reaffirmed its position.")]
    [InlineData(
        "3. The Council welcomed resolution 242 (1967).\n4. It asked for a report.\n(a) The report was delayed.",
        "Claim: 3. The Council welcomed resolution 242 (1967). | Claim: 4. It asked for a report. | Claim: (a) The report was delayed.")]
    [InlineData(
        "5.\tMy delegation has always believed in dialogue. We shall continue to do so.\n6.\tThe Organization must be strengthened.",
        "Claim: 5. My delegation has always believed in dialogue. | Claim: We shall continue to do so. | Claim: 6. The Organization must be strengthened.")]
    [InlineData(
        "57 . The envoy reported back. 58 . The Council took note of the report.",
        "Claim: 57 . The envoy reported back. | Claim: 58 . The Council took note of the report.")]
    [InlineData(
        "14. In 1956 the army crossed the border, and the then minister declared that the\nold armistice line was void. The crisis deepened.\n15. The second crisis followed a decade later and lasted six days in all, from the first shot to the ceasefire.",
        "Claim: 14. In 1956 the army crossed the border, and the then minister declared that the old armistice line was void. | Claim: The crisis deepened. | Claim: 15. The second crisis followed a decade later and lasted six days in all, from the first shot to the ceasefire.")]
    public void A_paragraph_number_opens_its_unit(string text, string expected) => Assert.Equal(expected, UnitsOf(text));

    /// <summary>A paragraph's number is no citation: "18. Resolution 298 (1971)" cites resolution 298 alone.</summary>
    [Theory]
    [InlineData("18.\tResolution 298 (1971) was adopted unanimously.", "S/RES/298 (1971)")]
    [InlineData("18.\nResolution 298 (1971) was adopted unanimously.", "S/RES/298 (1971)")]
    [InlineData("The Council acted.\n\n242.\tResolution 338 (1973) followed the war.", "S/RES/338 (1973)")]
    public void A_paragraph_number_is_not_cited(string text, string expected)
    {
        var cited = DocumentAnalyzer.Analyze(text).Units.SelectMany(u => u.Citations).Select(c => c.Canonical);
        Assert.Equal([expected], cited);
    }

    /// <summary>
    /// A speaker's label is a unit of its own, a heading: it does not glue onto the sentence
    /// before it, and the speech after it opens its own units. Memo fields and clauses in capitals
    /// ending in a colon are no labels.
    /// </summary>
    [Theory]
    [InlineData("The PRESIDENT: I now call on the representative of Norway.", "Heading: The PRESIDENT: | Claim: I now call on the representative of Norway.")]
    [InlineData(
        "Mr. Halvorsen (Norway): Thank you, Mr. President. My delegation supports the draft.",
        "Heading: Mr. Halvorsen (Norway): | Claim: Thank you, Mr. President. | Claim: My delegation supports the draft.")]
    [InlineData("The PRESIDENT:\n\nThe meeting is adjourned.", "Heading: The PRESIDENT: | Claim: The meeting is adjourned.")]
    [InlineData(
        "MR. SMITH: The negotiations have failed. We will return next week.\nMS. OKAFOR: We do not agree.",
        "Heading: MR. SMITH: | Claim: The negotiations have failed. | Claim: We will return next week. | Heading: MS. OKAFOR: | Claim: We do not agree.")]
    [InlineData(
        "Q: Did the minister meet the envoy?\nA: Yes. They met on Monday in Geneva.",
        "Heading: Q: | Claim: Did the minister meet the envoy? | Heading: A: | Claim: Yes. | Claim: They met on Monday in Geneva.")]
    [InlineData(
        "The President (spoke in French): I thank the Minister for his statement.",
        "Heading: The President (spoke in French): | Claim: I thank the Minister for his statement.")]
    [InlineData(
        "Mr. de La Sablière (France) (spoke in French): We support the text.",
        "Heading: Mr. de La Sablière (France) (spoke in French): | Claim: We support the text.")]
    [InlineData("SECRETARY HALLORAN: We have nothing to add.", "Heading: SECRETARY HALLORAN: | Claim: We have nothing to add.")]
    [InlineData(
        "MR. SMITH: We will see\nMS. JONES: Indeed we will",
        "Heading: MR. SMITH: | Claim: We will see | Heading: MS. JONES: | Claim: Indeed we will")]
    [InlineData(
        "The figures were published by the\nUN: they show a fall in exports.",
        "Claim: The figures were published by the UN: they show a fall in exports.")]
    [InlineData(
        "Question: And on the convoy?\nSpokesperson: It crossed this morning.",
        "Heading: Question: | Claim: And on the convoy? | Heading: Spokesperson: | Claim: It crossed this morning.")]
    [InlineData(
        "17.\tMr. BOUATTOURA (Algeria) (interpretation from French): My delegation is grateful.",
        "Heading: 17. Mr. BOUATTOURA (Algeria) (interpretation from French): | Claim: My delegation is grateful.")]
    [InlineData("NOTE: The figures are provisional.", "Claim: NOTE: The figures are provisional.")]
    [InlineData("THE AMBASSADOR SAID: WE WILL RETURN.", "Claim: THE AMBASSADOR SAID: WE WILL RETURN.")]
    [InlineData(
        "The talks were long. The PRESIDENT: The vote is closed.",
        "Claim: The talks were long. | Heading: The PRESIDENT: | Claim: The vote is closed.")]
    public void A_speaker_label_is_a_unit_of_its_own(string text, string expected) => Assert.Equal(expected, UnitsOf(text));

    /// <summary>
    /// Text in capitals is cut into sentences as its mixed-case writing would be: titles, initials
    /// and dotted short forms ("MR.", "H.E.", "U.S.", "P.M.", "GEN.") lead on where a common word or
    /// a name follows, and a full stop after an ordinary word, a name or a number ends the sentence.
    /// </summary>
    [Theory]
    [InlineData(
        "THE SECRETARY OF STATE MET MR. J. HALVERSON IN THE CAPITAL ON TUESDAY. HE SAID THE U.S. DELEGATION WOULD ABSTAIN.",
        "Claim: THE SECRETARY OF STATE MET MR. J. HALVERSON IN THE CAPITAL ON TUESDAY. | Claim: HE SAID THE U.S. DELEGATION WOULD ABSTAIN.")]
    [InlineData(
        "THE MINISTER HAD NOT YET DECIDED. H.E. THE AMBASSADOR REPLIED THAT HIS GOVERNMENT WOULD WAIT.",
        "Claim: THE MINISTER HAD NOT YET DECIDED. | Claim: H.E. THE AMBASSADOR REPLIED THAT HIS GOVERNMENT WOULD WAIT.")]
    [InlineData(
        "THE VOTE IS EXPECTED AT 3 P.M. ON FRIDAY. NO FURTHER MEETINGS ARE PLANNED.",
        "Claim: THE VOTE IS EXPECTED AT 3 P.M. ON FRIDAY. | Claim: NO FURTHER MEETINGS ARE PLANNED.")]
    [InlineData(
        "THE TALKS WERE HELD IN GENEVA. DELEGATES LEFT ON MONDAY. THE MISSION TO THE U.S. IN MAY WAS CANCELLED.",
        "Claim: THE TALKS WERE HELD IN GENEVA. | Claim: DELEGATES LEFT ON MONDAY. | Claim: THE MISSION TO THE U.S. IN MAY WAS CANCELLED.")]
    [InlineData(
        "TALKS WITH GEN. OKONKWO BEGAN AT ONCE. FORCES REMAINED ON ALERT UNTIL 1971. THE BORDER STAYED CLOSED.",
        "Claim: TALKS WITH GEN. OKONKWO BEGAN AT ONCE. | Claim: FORCES REMAINED ON ALERT UNTIL 1971. | Claim: THE BORDER STAYED CLOSED.")]
    [InlineData(
        "DR. FERREIRA OF THE W.H.O. STAFF ATTENDED THE BRIEFING. IT CALLED FOR CALM.",
        "Claim: DR. FERREIRA OF THE W.H.O. STAFF ATTENDED THE BRIEFING. | Claim: IT CALLED FOR CALM.")]
    [InlineData(
        "4. THE COMMUNIQUE WAS ISSUED BY THE U.N. SECRETARIAT ON 2 MAY. WILL THE COUNCIL MEET AGAIN? NOBODY KNOWS.",
        "Claim: 4. THE COMMUNIQUE WAS ISSUED BY THE U.N. SECRETARIAT ON 2 MAY. | Claim: WILL THE COUNCIL MEET AGAIN? | Claim: NOBODY KNOWS.")]
    [InlineData(
        "MR. OYELARAN (NIGERIA): MY DELEGATION WELCOMES THE REPORT. WE SHALL VOTE FOR THE U.K. DRAFT.",
        "Heading: MR. OYELARAN (NIGERIA): | Claim: MY DELEGATION WELCOMES THE REPORT. | Claim: WE SHALL VOTE FOR THE U.K. DRAFT.")]
    [InlineData(
        "THE PRESIDENT: I NOW CALL ON THE REPRESENTATIVE OF\nRURITANIA, MR. J. VELL.\n\nMR. VELL (RURITANIA): THANK YOU, MR. PRESIDENT. MY\nDELEGATION SUPPORTS THE U.N. PROPOSAL. WE SHALL\nVOTE IN FAVOUR.\nTHE PRESIDENT: I THANK THE REPRESENTATIVE OF RURITANIA.",
        "Heading: THE PRESIDENT: | Claim: I NOW CALL ON THE REPRESENTATIVE OF RURITANIA, MR. J. VELL. | Heading: MR. VELL (RURITANIA): | Claim: THANK YOU, MR. PRESIDENT. | Claim: MY DELEGATION SUPPORTS THE U.N. PROPOSAL. | Claim: WE SHALL VOTE IN FAVOUR. | Heading: THE PRESIDENT: | Claim: I THANK THE REPRESENTATIVE OF RURITANIA.")]
    public void Text_in_capitals_is_cut_as_mixed_case_would_be(string text, string expected) => Assert.Equal(expected, UnitsOf(text));

    /// <summary>
    /// A dateline opening a report (a place in capitals, or a place with a date or an agency, then
    /// a dash) is front matter of its own, like a byline; the first claim starts at its subject.
    /// </summary>
    [Theory]
    [InlineData(
        "NEW YORK, 3 March — The Security Council extended the mission for a year. The vote was unanimous.",
        "FrontMatter: NEW YORK, 3 March — | Claim: The Security Council extended the mission for a year. | Claim: The vote was unanimous.")]
    [InlineData("GENEVA (Reuters) - Talks resumed on Monday after a pause.", "FrontMatter: GENEVA (Reuters) - | Claim: Talks resumed on Monday after a pause.")]
    [InlineData("UNITED NATIONS, Jan. 5 (AP) -- The Secretary-General urged restraint.", "FrontMatter: UNITED NATIONS, Jan. 5 (AP) -- | Claim: The Secretary-General urged restraint.")]
    [InlineData("KYIV, Ukraine, March 3 (Reuters) — Shelling resumed overnight.", "FrontMatter: KYIV, Ukraine, March 3 (Reuters) — | Claim: Shelling resumed overnight.")]
    [InlineData("Geneva, 12 May 2024 – The talks ended without agreement.", "FrontMatter: Geneva, 12 May 2024 – | Claim: The talks ended without agreement.")]
    [InlineData("NEW YORK, MARCH 3 (AP) — Diplomats gathered early.", "FrontMatter: NEW YORK, MARCH 3 (AP) — | Claim: Diplomats gathered early.")]
    [InlineData("WASHINGTON, D.C., March 3 — The envoy arrived.", "FrontMatter: WASHINGTON, D.C., March 3 — | Claim: The envoy arrived.")]
    [InlineData("On 3 March – the day of the vote – delegates met.", "Claim: On 3 March – the day of the vote – delegates met.")]
    [InlineData("Paris - The city hosted the talks.", "Claim: Paris - The city hosted the talks.")]
    [InlineData(
        "Talks stall\n\nADDIS ABABA, Tuesday — The summit closed early. Delegates left.",
        "FrontMatter: Talks stall | FrontMatter: ADDIS ABABA, Tuesday — | Claim: The summit closed early. | Claim: Delegates left.")]
    public void A_dateline_is_front_matter_of_its_own(string text, string expected) => Assert.Equal(expected, UnitsOf(text));
}
