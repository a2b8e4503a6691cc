using System.Globalization;
using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Layout;

/// <summary>
/// The running headers of a verbatim record, printed at each page's top and landing inside a
/// sentence in extracted text: the record's symbol with the page number, the symbol of a
/// resumed meeting, the job number and page count of the UN's printing office.
/// </summary>
public sealed class VerbatimHeaderTests
{
    /// <summary>The furniture printed on each page, <c>{0}</c> standing for the page number.</summary>
    public static TheoryData<string> Headers() => new()
    {
        "A/46/PV.7\n{0}",
        "{0}\nA/46/PV.7",
        "A/46/PV.7 {0}",
        "{0} A/46/PV.7",
        "S/PV.8700 (Resumption 1)",
        "S/PV.8700 (Resumption 1)\n{0}",
        "12-34567 {0}/28",
        "12-34567",
        "21-04567 (E)",
        "A/C.3/76/SR.12",
        "S/PV.8700\n12-34567 {0}/28",
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Verbatim_record_headers_inside_sentences_are_artefacts_and_the_sentence_reads_on(string header)
    {
        string Furniture(int page) => string.Format(CultureInfo.InvariantCulture, header, page);
        var text = VerbatimRecord.With(Furniture);

        var segmented = ClaimSegmenter.Segment(text);

        var kept = string.Join(" ", segmented.Units.Select(u => u.Text));
        Assert.All(VerbatimRecord.FurnishedPages.SelectMany(page => Furniture(page).Split('\n')), line => Assert.DoesNotContain(line, kept, StringComparison.Ordinal));
        Assert.All(VerbatimRecord.JoinedAcrossFurniture(), joined => Assert.Contains(segmented.Units, u => u.Text.Contains(joined, StringComparison.Ordinal)));
    }

    [Fact]
    public void Headers_notes_and_job_numbers_keep_every_character_in_one_unit_or_artefact()
    {
        var text = VerbatimRecord.With(page => $"¹ See A/RES/{page}/19.\n{page}\nS/PV.8700 (Resumption 1)\n12-34567 {page}/28");

        new Segmentation.CoverageTests().Every_non_whitespace_character_lies_in_exactly_one_unit_or_artefact(text);
        new Segmentation.CoverageTests().A_units_spans_hold_exactly_its_characters(text);
    }

    /// <summary>A short record: its symbol tops the first page's masthead and heads the second page only.</summary>
    [Fact]
    public void A_records_symbol_heading_its_second_page_is_furniture()
    {
        var page = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"the delegation recalled point {i} of the agenda and"));
        var text = $"United Nations S/PV.8700 (Resumption 1)\n\nSecurity Council\n\nThe President opened the meeting and\n{page}\nS/PV.8700 (Resumption 1)\n{page}\nthe meeting rose.";

        var headers = LayoutReader.Read(text).Artefacts.Select(a => text[a.Span.Start..a.Span.End]);

        Assert.Equal(["S/PV.8700 (Resumption 1)"], headers);
    }

    /// <summary>Symbols on lines of their own that differ are a list of documents; a symbol once in the text is the text.</summary>
    [Theory]
    [InlineData("The Council had before it the following documents:\nS/2031/101\nS/2031/102\nS/2031/103\nS/2031/104\nand it adopted them all.")]
    [InlineData("The Council had before it a report, issued as document\nS/2031/101\nwhich it adopted.")]
    public void Symbols_that_are_the_text_stay(string text) =>
        Assert.Empty(LayoutReader.Read(text).Artefacts);
}
