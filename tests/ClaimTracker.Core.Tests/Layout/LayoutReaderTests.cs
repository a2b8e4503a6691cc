using System.Globalization;
using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Layout;

public sealed class LayoutReaderTests
{
    [Theory]
    [InlineData("one\ntwo\n\nthree", 2)]
    [InlineData("one\r\n\r\ntwo", 2)]
    [InlineData("\n\n\n  \n\t\n", 0)]
    [InlineData("page one\fpage two", 2)]
    [InlineData("a\n   \nb\n\n\n\nc", 3)]
    public void Blank_lines_and_page_breaks_separate_blocks(string text, int blocks) =>
        Assert.Equal(blocks, LayoutReader.Read(text).Blocks.Count);

    [Fact]
    public void Lines_are_trimmed_spans_into_the_text()
    {
        const string text = "  first line  \n\tsecond\n";

        var lines = Assert.Single(LayoutReader.Read(text).Blocks).Lines;

        Assert.Equal(["first line", "second"], lines.Select(l => text[l.Start..l.End]));
    }

    [Theory]
    [InlineData("12")]
    [InlineData("Page 3 of 12")]
    [InlineData("page 3")]
    [InlineData("- 4 -")]
    [InlineData("3/12")]
    public void Page_numbers_are_artefacts(string line)
    {
        var text = $"The talks went on for a long time in the hall of the\n\n{line}\n\npalace and nobody left.";

        var layout = LayoutReader.Read(text);

        var artefact = Assert.Single(layout.Artefacts);
        Assert.Equal((line, ArtefactKind.PageNumber), (text[artefact.Span.Start..artefact.Span.End], artefact.Kind));
        Assert.Equal(2, layout.Blocks.Count);
    }

    [Fact]
    public void A_page_number_inside_a_paragraph_leaves_one_block()
    {
        const string text = "The talks went on for a long time in the hall\n14\nof the palace and nobody left.";

        Assert.Single(LayoutReader.Read(text).Blocks);
    }

    [Fact]
    public void A_year_that_finishes_a_date_is_not_a_page_number() =>
        Assert.Empty(LayoutReader.Read("He spoke at the Munich Security Conference on 15 February\n2020").Artefacts);

    [Fact]
    public void A_short_line_repeated_at_page_edges_is_a_running_header_except_where_it_is_the_title()
    {
        var page = string.Join("\n", Enumerable.Range(1, 9).Select(l => $"Line {l} of a page of the report runs on to the width of the page here"));
        var text = string.Join("\n\n", Enumerable.Range(1, 4).Select(_ => $"ANNUAL REPORT 2021\n\n{page}"));

        var layout = LayoutReader.Read(text);

        Assert.Equal(3, layout.Artefacts.Count(a => a.Kind == ArtefactKind.RunningHeader));
        Assert.Equal("ANNUAL REPORT 2021", text[layout.Blocks[0].Lines[0].Start..layout.Blocks[0].Lines[0].End]);
    }

    [Fact]
    public void Labels_repeated_every_few_lines_are_not_furniture()
    {
        var text = string.Join("\n\n", Enumerable.Range(1, 6).Select(i => $"Question\n\nWhat happened on day {i} of the talks in the capital?"));

        Assert.Empty(LayoutReader.Read(text).Artefacts);
    }

    /// <summary>Headers of even and odd pages, <c>{0}</c> standing for the page number; one header for both where they are the same.</summary>
    public static TheoryData<string, string> HeadersInsideSentences() => new()
    {
        // A page number that grows by one, after a number that stays put.
        { "Conference on Coastal Waters - 3rd meeting {0}", "Conference on Coastal Waters - 3rd meeting {0}" },
        { "{0} Conference on Coastal Waters", "{0} Conference on Coastal Waters" },
        // Odd and even pages, each header's number growing by two.
        { "{0} Conference on Coastal Waters", "Third meeting - 14 May 2031 {0}" },
        // Odd and even pages without numbers: the headers take turns, a page apart.
        { "CONFERENCE ON COASTAL WATERS", "Third meeting of the parties" },
        // The number on a line of its own beside the header.
        { "Conference on Coastal Waters\n{0}", "Conference on Coastal Waters\n{0}" },
        { "- {0} -\nConference on Coastal Waters", "- {0} -\nConference on Coastal Waters" },
        // A header of two lines, the number on the first.
        { "{0} Conference on Coastal Waters\nThird meeting of the parties", "{0} Conference on Coastal Waters\nThird meeting of the parties" },
    };

    [Theory]
    [MemberData(nameof(HeadersInsideSentences))]
    public void Running_headers_inside_sentences_are_artefacts_and_the_sentence_reads_on(string evenPage, string oddPage)
    {
        string Furniture(int page) => string.Format(CultureInfo.InvariantCulture, page % 2 == 0 ? evenPage : oddPage, page);
        var text = VerbatimRecord.With(Furniture);
        var headers = VerbatimRecord.FurnishedPages
            .SelectMany(page => Furniture(page).Split('\n'))
            .Where(line => !LayoutReader.PageNumber().IsMatch(line));

        var layout = LayoutReader.Read(text);
        var units = ClaimSegmenter.Segment(text).Units;

        Assert.Equal(headers, layout.Artefacts.Where(a => a.Kind == ArtefactKind.RunningHeader).Select(a => text[a.Span.Start..a.Span.End]));
        Assert.All(VerbatimRecord.JoinedAcrossFurniture(), joined => Assert.Contains(units, u => u.Text.Contains(joined, StringComparison.Ordinal)));
    }

    /// <summary>A record of three pages: the header tops the first page and interrupts a sentence on the two others.</summary>
    [Fact]
    public void A_header_on_three_pages_whose_first_is_the_top_line_is_furniture_on_the_other_two()
    {
        var page = string.Join("\n", Enumerable.Range(1, 10).Select(i => $"the delegation recalled point {i} of the agenda and"));
        const string header = "Conference on Coastal Waters - Third meeting";
        var text = $"{header}\n1\nThe delegate of Arden spoke first and\n{page}\n{header}\n2\n{page}\n{header}\n3\n{page}\nthe meeting rose.";

        var headers = LayoutReader.Read(text).Artefacts.Where(a => a.Kind == ArtefactKind.RunningHeader).Select(a => a.Span.Start).ToArray();

        Assert.Equal([text.IndexOf($"\n{header}\n2", StringComparison.Ordinal) + 1, text.IndexOf($"\n{header}\n3", StringComparison.Ordinal) + 1], headers);
    }

    /// <summary>Short lines that repeat a page apart inside the text but are the text: printed after a statement's line (0-based in its page).</summary>
    public static TheoryData<string, int> RepeatedLinesThatAreText() => new()
    {
        // Speakers' names take turns like odd and even headers, but between sentences.
        { "THE CHAIR|MS. LINDQVIST (Norway)", VerbatimRecord.SentenceEnd },
        // A speaker's label introduces what follows, wherever it falls.
        { "THE CHAIR:|MR. OKAFOR (Nigeria):", VerbatimRecord.MidSentence },
        // A refrain's lines take turns too, but one right after the other.
        { "the sea is wide\nand the sea is ours", VerbatimRecord.MidSentence },
        // List items, numbered like pages.
        { "• stage {0} of the plan for the islands", VerbatimRecord.MidSentence },
        { "- stage {0} of the plan for the islands", VerbatimRecord.MidSentence },
        // Numbered subheads and table rows stand between sentences.
        { "Part {0} Fishing rights", VerbatimRecord.SentenceEnd },
        { "Vessels licensed this season 4{0}", VerbatimRecord.SentenceEnd },
        // A short sentence is never furniture, even inside another.
        { "We will not give up.", VerbatimRecord.MidSentence },
        // Footnote numbers grow, but not a page at a time.
        { "{0}0 Ibid, annex", VerbatimRecord.MidSentence },
    };

    [Theory]
    [MemberData(nameof(RepeatedLinesThatAreText))]
    public void Lines_repeated_a_page_apart_that_are_the_text_are_not_furniture(string lines, int at)
    {
        var alternatives = lines.Split('|');
        var text = VerbatimRecord.With(page => string.Format(CultureInfo.InvariantCulture, alternatives[page % alternatives.Length], page), at);

        Assert.DoesNotContain(LayoutReader.Read(text).Artefacts, a => a.Kind == ArtefactKind.RunningHeader);
    }

    public static TheoryData<string, bool> OwnIdentifierLines() => new()
    {
        { "S/RES/4321 (2031)", true },
        { "S/RES/4321 (2031) Maritime security in the Gulf of Ardenne", true },
        { "S/RES/4321 (2031) Maritime security in the Gulf of Ardenne 14/03/2031", true },
        // The identifier opening a line of running text is the text.
        { "S/RES/4321 (2031) was adopted unanimously and the Council", false },
        { "S/RES/4321 (2031) is recalled.", false },
    };

    /// <summary>A document's identifier from its first page, heading a later page with the title or a date: a page header however few pages there are.</summary>
    [Theory]
    [MemberData(nameof(OwnIdentifierLines))]
    public void A_line_that_repeats_the_documents_own_identifier_is_a_page_header(string line, bool furniture)
    {
        var filler = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"The Council continued its work on item {i} of the agenda and"));
        var text = $"United Nations S/RES/4321 (2031)\n\nSecurity Council\n\nMaritime security in the Gulf of Ardenne\n\n{filler}\n{line}\nthe members agreed.";

        var headers = LayoutReader.Read(text).Artefacts.Where(a => a.Kind == ArtefactKind.RunningHeader).Select(a => text[a.Span.Start..a.Span.End]);

        Assert.Equal(furniture, headers.Contains(line));
    }

    [Fact]
    public void A_column_of_small_numbers_is_not_page_numbers() =>
        Assert.Empty(LayoutReader.Read("Votes in favour\n\n12\n13\n14\n\nVotes against").Artefacts);

    [Fact]
    public void A_number_after_the_word_may_is_still_a_page_number()
    {
        const string text = "The talks may\n\n12\n\ncontinue next week in the same place.";

        Assert.Equal(ArtefactKind.PageNumber, Assert.Single(LayoutReader.Read(text).Artefacts).Kind);
    }

    [Fact]
    public void A_full_stop_of_an_abbreviation_at_a_line_end_ends_no_paragraph() =>
        Assert.Single(LayoutReader.Read("The committee heard the minister and his deputy, Mr.\nSmith, who spoke for an hour about the budget.").Blocks);

    [Theory]
    [InlineData('●')]
    [InlineData('■')]
    [InlineData('▪')]
    [InlineData('✓')]
    public void Bullet_glyphs_that_are_also_ornaments_still_mark_list_items(char bullet)
    {
        var text = $"The ministry demands:\n{bullet} an immediate ceasefire\n{bullet} the return of prisoners";

        Assert.Equal(3, LayoutReader.Read(text).Blocks.Count);
    }

    [Fact]
    public void Lines_repeated_inside_running_text_are_not_furniture()
    {
        var text = string.Concat(Enumerable.Repeat("Yes we can\n", 50));

        Assert.Empty(LayoutReader.Read(text).Artefacts);
    }

    [Theory]
    [InlineData("* * *")]
    [InlineData("———")]
    [InlineData("◆ ◆ ◆")]
    [InlineData("🌟")]
    public void Ornament_lines_are_decoration(string line)
    {
        var text = $"First paragraph ends here.\n\n{line}\n\nSecond paragraph starts here.";

        Assert.Equal(ArtefactKind.Decoration, Assert.Single(LayoutReader.Read(text).Artefacts).Kind);
    }

    [Fact]
    public void An_emoji_at_the_end_of_a_line_is_decoration_and_the_text_stays()
    {
        const string text = "We are proud of our army!\" 🌟";
        var layout = LayoutReader.Read(text);

        var line = Assert.Single(Assert.Single(layout.Blocks).Lines);
        Assert.Equal("We are proud of our army!\"", text[line.Start..line.End]);
        Assert.Equal(ArtefactKind.Decoration, Assert.Single(layout.Artefacts).Kind);
    }

    [Fact]
    public void Bulleted_and_numbered_items_are_blocks_of_their_own_opened_by_their_markers()
    {
        const string text = "The ministry demands:\n• an immediate ceasefire;\n• the release of prisoners.\n1. First point.\n2. Second point.";

        var layout = LayoutReader.Read(text);

        Assert.Equal(
            ["The ministry demands:", "• an immediate ceasefire;", "• the release of prisoners.", "1. First point.", "2. Second point."],
            layout.Blocks.Select(b => text[b.Lines[0].Start..b.Lines[^1].End]));
        Assert.Equal([false, true, true, true, true], layout.Blocks.Select(b => b.IsListItem));
        Assert.Empty(layout.Artefacts);
    }

    [Fact]
    public void A_dash_that_wraps_into_a_line_of_prose_is_not_a_list_marker()
    {
        const string text = "We have the only condition for peace\n– Armenian armed forces must withdraw.";

        Assert.Empty(LayoutReader.Read(text).Artefacts);
    }

    [Fact]
    public void Text_with_one_paragraph_per_line_is_read_as_one_block_per_line()
    {
        var paragraph = string.Concat(Enumerable.Repeat("This is a long paragraph of prose that runs on. ", 5));
        var text = $"{paragraph}\nA subhead\n{paragraph}";

        Assert.Equal(3, LayoutReader.Read(text).Blocks.Count);
    }

    [Fact]
    public void A_short_line_that_ends_a_sentence_ends_its_paragraph_in_wrapped_text()
    {
        const string text = "The first paragraph is wrapped at a fixed width and goes on for\nsome lines until it ends.\nThe second paragraph starts on the next line and is wrapped\nthe same way.";

        Assert.Equal(2, LayoutReader.Read(text).Blocks.Count);
    }

    [Fact]
    public void A_million_empty_lines_are_no_blocks_and_the_last_line_is_one()
    {
        var text = new string('\n', 1_000_000) + "last";

        Assert.Single(LayoutReader.Read(text).Blocks);
    }
}
