using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Segmentation;
using ClaimTracker.Core.Tests.Segmentation;

namespace ClaimTracker.Core.Tests.Layout;

/// <summary>
/// What a line carries besides its text, inside the line: note references and Markdown syntax
/// stay out of the units, each recorded as an artefact, and the sentence reads on across them.
/// </summary>
public sealed class InlineArtefactTests
{
    /// <summary>Text, its units ("kind: text", joined by " | "), and the artefacts cut from it ("kind: text", joined by " | ").</summary>
    public static TheoryData<string, string, string> ReferenceMarkers() => new()
    {
        // Wikipedia's notes, after the sentence's mark, chained, and inside a sentence.
        { "The fleet sailed in May.[12] It returned in June.", "claim: The fleet sailed in May. | claim: It returned in June.", "reference-marker: [12]" },
        { "The fleet sailed in May.[3][4] It returned in June.", "claim: The fleet sailed in May. | claim: It returned in June.", "reference-marker: [3] | reference-marker: [4]" },
        { "The fleet,[a] which had sailed in May, returned in June.", "claim: The fleet, which had sailed in May, returned in June.", "reference-marker: [a]" },
        { "The fleet sailed in May[note 3] and returned in June.", "claim: The fleet sailed in May and returned in June.", "reference-marker: [note 3]" },
        { "The fleet was the largest in the region.[citation needed] It sailed in May.", "claim: The fleet was the largest in the region. | claim: It sailed in May.", "reference-marker: [citation needed]" },
        // A maintenance tag after a space, before the sentence's mark: the space goes with it.
        { "The fleet was the largest in the region [citation needed].", "claim: The fleet was the largest in the region.", "reference-marker: [citation needed]" },
        { "The fleet was sent by the admiral[who?] in May.", "claim: The fleet was sent by the admiral in May.", "reference-marker: [who?]" },
        // A note after a space that follows a finished sentence.
        { "The fleet sailed in May. [7] It returned in June.", "claim: The fleet sailed in May. | claim: It returned in June.", "reference-marker: [7]" },
        // A letter set off by a space after a sentence opens the next item; a letter glued to it is a note.
        { "The fleet sailed in May. [b] It returned in June.", "claim: The fleet sailed in May. | claim: [b] It returned in June.", "" },
        // Superscript notes; a power of a unit is no note.
        { "The fleet sailed in May.¹ It covered 40 km² of sea.", "claim: The fleet sailed in May. | claim: It covered 40 km² of sea.", "reference-marker: ¹" },
        // A note at a line's end, in wrapped text: the sentence reads on over the line break.
        { "The fleet sailed in May,[5]\nand it returned in June.", "claim: The fleet sailed in May, and it returned in June.", "reference-marker: [5]" },
        // Editorial insertions inside a quotation are the quoting author's text.
        { "He said the “report [sic] was late” and left.", "claim: He said the “report [sic] was late” and left.", "" },
        { "She said “[the Council] must act now.”", "claim: She said “[the Council] must act now.”", "" },
        { "She said “[T]he Council must act.”", "claim: She said “[T]he Council must act.”", "" },
        { "The delegate recalled the debate [1946th meeting] in his reply.", "claim: The delegate recalled the debate [1946th meeting] in his reply.", "" },
        // A number in brackets after a space inside a sentence is read aloud.
        { "As shown in [12], the fleet sailed in May.", "claim: As shown in [12], the fleet sailed in May.", "" },
    };

    [Theory]
    [MemberData(nameof(ReferenceMarkers))]
    public void Reference_markers_are_artefacts_and_the_sentence_reads_on(string text, string units, string artefacts) =>
        AssertSegmented(text, units, artefacts);

    public static TheoryData<string, string, string> MarkdownSyntax() => new()
    {
        // A link's text is the unit's; its address is a link target, its brackets markup.
        { "The Assembly adopted [resolution 67/19](https://undocs.org/A/RES/67/19) in 2012.", "claim: The Assembly adopted resolution 67/19 in 2012.", "markup: [ | markup: ]( | link-target: https://undocs.org/A/RES/67/19 | markup: )" },
        { "The report is [online](https://example.org/report \"The report\").", "claim: The report is online.", "markup: [ | markup: ]( | link-target: https://example.org/report | markup:  \"The report\")" },
        { "The Assembly adopted [resolution\n67/19](https://undocs.org/A/RES/67/19) in 2012.", "claim: The Assembly adopted resolution 67/19 in 2012.", "markup: [ | markup: ]( | link-target: https://undocs.org/A/RES/67/19 | markup: )" },
        // An image is left out whole, wherever it stands.
        { "The fleet sailed in May.\n\n![The fleet in harbour](fleet.jpg)\n\nIt returned in June.", "claim: The fleet sailed in May. | claim: It returned in June.", "image: ![The fleet in harbour](fleet.jpg)" },
        { "The fleet ![a ship](ship.png) sailed in May.", "claim: The fleet sailed in May.", "image: ![a ship](ship.png)" },
        // An autolink keeps its address as text.
        { "The text is at <https://example.org/text>.", "claim: The text is at https://example.org/text.", "markup: < | markup: >" },
        // Emphasis and headings.
        { "The **final** report was _adopted_ in May.", "claim: The final report was adopted in May.", "markup: ** | markup: ** | markup: _ | markup: _" },
        { "The fleet sailed in May.\n\n## Background\n\nIt returned in June.", "claim: The fleet sailed in May. | heading: Background | claim: It returned in June.", "markup: ## " },
        { "The __Ten Point Program__ was adopted in 1974.", "claim: The Ten Point Program was adopted in 1974.", "markup: __ | markup: __" },
        // Marks inside a word, or without their pair, are the text.
        { "The file snake_case_name.txt was sent on 2*3 days.", "claim: The file snake_case_name.txt was sent on 2*3 days.", "" },
        { "Brackets [sic] (1990) are no link.", "claim: Brackets [sic] (1990) are no link.", "" },
        { "Brackets [sic](1990) are no link either.", "claim: Brackets [sic](1990) are no link either.", "" },
        // An address written out keeps its underscores.
        { "The file is at https://example.org/_files_/report.pdf today.", "claim: The file is at https://example.org/_files_/report.pdf today.", "" },
    };

    [Theory]
    [MemberData(nameof(MarkdownSyntax))]
    public void Markdown_syntax_is_artefacts_and_its_text_reads_on(string text, string units, string artefacts) =>
        AssertSegmented(text, units, artefacts);

    [Fact]
    public void Inline_artefacts_keep_every_character_in_one_unit_or_artefact()
    {
        const string text = "The fleet,[a] sailed [to the port](https://example.org/port) in **May**.[1][2]\nIt returned[citation needed] in June.¹";

        new CoverageTests().Every_non_whitespace_character_lies_in_exactly_one_unit_or_artefact(text);
        new CoverageTests().A_units_spans_hold_exactly_its_characters(text);
    }

    internal static void AssertSegmented(string text, string units, string artefacts)
    {
        var segmented = ClaimSegmenter.Segment(text);

        Assert.Equal(units, string.Join(" | ", segmented.Units.Select(u => $"{WireNames.Of(u.Kind)}: {u.Text}")));
        Assert.Equal(artefacts, string.Join(" | ", segmented.Discarded.Select(a => $"{WireNames.Of(a.Kind)}: {text[a.Span.Start..a.Span.End]}")));
    }
}
