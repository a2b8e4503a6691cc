using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Tests.Layout;

namespace ClaimTracker.Core.Tests.Segmentation;

/// <summary>
/// Footnotes at a page's foot, between the halves of a sentence that runs on to the next page:
/// each note is a unit of its own, its reference in the text an artefact, and the sentence is
/// read across the notes.
/// </summary>
public sealed class FootnoteTests
{
    /// <summary>Text, its units ("kind: text", joined by " | "), and the artefacts cut from it.</summary>
    public static TheoryData<string, string, string> Footnotes() => new()
    {
        // Notes between the halves of a sentence, then the page number: the sentence is read across them.
        {
            "The committee met in Geneva to review the fisheries report.4 Its members agreed on the quotas.5 They said that the\n4 See A/RES/67/19, para. 3.\n5 S/PV.4567, p. 4.\n12\nnorthern grounds would stay closed.",
            "claim: The committee met in Geneva to review the fisheries report. | claim: Its members agreed on the quotas. | claim: They said that the northern grounds would stay closed. | footnote: 4 See A/RES/67/19, para. 3. | footnote: 5 S/PV.4567, p. 4.",
            "reference-marker: 4 | reference-marker: 5 | page-number: 12"
        },
        // Notes closed by a blank line and a page break, a note running over two lines.
        {
            "The fleet sailed to the northern grounds in May.”7 The inspectors who boarded it found\n\n7 Report of the Fisheries Commission, 14 July 2031,\npages 50-51.\n\n\fthat the catch had been declared in full.",
            "claim: The fleet sailed to the northern grounds in May.” | claim: The inspectors who boarded it found that the catch had been declared in full. | footnote: 7 Report of the Fisheries Commission, 14 July 2031, pages 50-51.",
            "reference-marker: 7"
        },
        // A reference after a year's full stop, before a capital; a decimal is no reference.
        {
            "The survey ended in 2031.5 Its catch was 3.5 million tonnes.6 The inspectors who counted it\n5 Survey of the Northern Grounds, 2031.\n6 Ibid., p. 12.\n\n9\n\ndeclared the catch in full.",
            "claim: The survey ended in 2031. | claim: Its catch was 3.5 million tonnes. | claim: The inspectors who counted it declared the catch in full. | footnote: 5 Survey of the Northern Grounds, 2031. | footnote: 6 Ibid., p. 12.",
            "reference-marker: 5 | reference-marker: 6 | page-number: 9"
        },
        // A rule above the notes, the page number below them.
        {
            "The delegation of Arden had asked the secretariat for the survey of the reefs2 and then for the\n__________\n2 A/C.2/31/L.4, annex.\n3\nbudget of the mission.",
            "claim: The delegation of Arden had asked the secretariat for the survey of the reefs and then for the budget of the mission. | footnote: 2 A/C.2/31/L.4, annex.",
            "reference-marker: 2 | decoration: __________ | page-number: 3"
        },
        // Superscript notes need no reference that survived extraction.
        {
            "The Council adopted the text after a long debate in which the\n¹ S/PV.4567, p. 4\n- 3 -\ndelegations of both parties took part.",
            "claim: The Council adopted the text after a long debate in which the delegations of both parties took part. | footnote: ¹ S/PV.4567, p. 4",
            "page-number: - 3 -"
        },
    };

    [Theory]
    [MemberData(nameof(Footnotes))]
    public void A_footnote_is_its_own_unit_and_the_sentence_reads_across_it(string text, string units, string artefacts) =>
        InlineArtefactTests.AssertSegmented(text, units, artefacts);

    /// <summary>Numbers at a line's start that no reference announced, or that the page's end does not follow, are the text.</summary>
    [Theory]
    [InlineData("The ceasefire was to be observed for\n90 days to let the mission do its work.\nThe mission began at once.")]
    [InlineData("The mission counted ships in the harbour.11 Of them\n12 ships flew the flag of the coastal state and the rest sailed on to the northern grounds where the fleet was waiting for them, and then on to the south and the islands.\nThe count went on for days and the harbour was full of ships of every size and flag.\nThe mission reported to the Council.")]
    public void Numbers_opening_lines_of_text_are_no_footnotes(string text) =>
        Assert.DoesNotContain(ClaimTracker.Core.Segmentation.ClaimSegmenter.Segment(text).Units, u => u.Kind == ClaimTracker.Core.Segmentation.UnitKind.Footnote);

    /// <summary>A verbatim record whose every page ends on a note, its page number and the next page's header, inside a sentence.</summary>
    [Fact]
    public void Notes_page_numbers_and_headers_at_every_page_break_leave_the_sentence_whole()
    {
        var text = VerbatimRecord.With(page => $"¹ See A/RES/{page}/19, para. {page}.\n{page}\nA/46/PV.7");

        var units = ClaimTracker.Core.Segmentation.ClaimSegmenter.Segment(text).Units;

        Assert.Equal(
            VerbatimRecord.FurnishedPages.Select(page => $"¹ See A/RES/{page}/19, para. {page}."),
            units.Where(u => u.Kind == ClaimTracker.Core.Segmentation.UnitKind.Footnote).Select(u => u.Text));
        Assert.All(VerbatimRecord.JoinedAcrossFurniture(), joined => Assert.Contains(units, u => u.Text.Contains(joined, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_footnotes_citations_are_found()
    {
        const string text = "The Council met again on the question of the islands.3 The members recalled that the\n3 Security Council resolution 2334 (2016); see also A/RES/67/19.\n\n14\n\nparties had agreed to talks.";

        var footnote = Assert.Single(DocumentAnalyzer.Analyze(text).Units, u => u.Unit.Kind == ClaimTracker.Core.Segmentation.UnitKind.Footnote);

        Assert.Equal(["S/RES/2334 (2016)", "A/RES/67/19"], footnote.Citations.Select(c => c.Canonical));
    }

    /// <summary>A note's date is its source's: "on 17 October" after it still means the narration's year.</summary>
    [Fact]
    public void A_footnotes_date_does_not_move_the_narrations_year()
    {
        const string text = "On 3 May 2029 the Council sent a mission to the islands.4 The mission reported to it and the\n4 Report of the mission, 14 July 2004.\n\n7\n\nmembers met again on 17 October.";

        var last = DocumentAnalyzer.Split(text).Units.Last(u => u.Kind == ClaimTracker.Core.Segmentation.UnitKind.Claim);

        Assert.Equal("The mission reported to it and the members met again on 17 October.", last.Text);
        Assert.Equal(2029, last.ContextYear);
    }

    /// <summary>A note names its sources: no speaker for its quoted words, and no antecedent for the text's "he".</summary>
    [Fact]
    public void A_footnote_quotes_no_one_and_names_no_one_for_the_text()
    {
        const string text = "The envoy arrived in the capital on Monday.3 Later the envoy said that the\n3 Interview with Mr Pieter Okafor, “We will stay.”\n\n8\n\ntalks would go on. He said: “We will not leave.”";

        var units = DocumentAnalyzer.Split(text).Units;

        Assert.Null(Assert.Single(units, u => u.Kind == ClaimTracker.Core.Segmentation.UnitKind.Footnote).Speaker);
        Assert.NotEqual("Pieter Okafor", units[^1].Speaker);
    }

    [Fact]
    public void Footnotes_keep_every_character_in_one_unit_or_artefact()
    {
        var text = (string)Footnotes().First()[0];

        new CoverageTests().Every_non_whitespace_character_lies_in_exactly_one_unit_or_artefact(text);
        new CoverageTests().A_units_spans_hold_exactly_its_characters(text);
    }
}
