using ClaimTracker.Core.Segmentation;
using ClaimTracker.Testing;

namespace ClaimTracker.Core.Tests.Segmentation;

public sealed class ClaimSegmenterTests
{
    private const string Article = """
        By Jane DOE,
        Correspondent

        TALKS IN GENEVA

        The talks opened on Monday. Delegates from both sides attended the first ses-
        sion, which lasted four hours.

        A fragile ceasefire

        The ceasefire held overnight. Observers reported no violations.
        """;

    private static IReadOnlyList<Unit> Units(string text) => ClaimSegmenter.Segment(text).Units;

    private static IEnumerable<(UnitKind, string)> KindsAndTexts(string text) => Units(text).Select(u => (u.Kind, u.Text));

    [Fact]
    public void Top_lines_are_front_matter_subheads_are_headings_and_prose_is_claims()
    {
        var units = Units(Article);

        Assert.Equal(
            [
                (UnitKind.FrontMatter, "By Jane DOE, Correspondent"),
                (UnitKind.FrontMatter, "TALKS IN GENEVA"),
                (UnitKind.Claim, "The talks opened on Monday."),
                (UnitKind.Claim, "Delegates from both sides attended the first session, which lasted four hours."),
                (UnitKind.Heading, "A fragile ceasefire"),
                (UnitKind.Claim, "The ceasefire held overnight."),
                (UnitKind.Claim, "Observers reported no violations."),
            ],
            units.Select(u => (u.Kind, u.Text)));
        Assert.Equal(Enumerable.Range(1, units.Count), units.Select(u => u.Ordinal));
    }

    [Fact]
    public void A_sentence_broken_by_a_column_continues_after_blank_lines_and_an_interleaved_caption()
    {
        const string text = """
            The minister opened the session with a long account of the talks held in Vienna and

            Delegates arrive at the conference centre

            in Geneva during the spring of that year. The talks were later suspended.
            """;

        Assert.Equal(
            [
                (UnitKind.Claim, "The minister opened the session with a long account of the talks held in Vienna and in Geneva during the spring of that year."),
                (UnitKind.Caption, "Delegates arrive at the conference centre"),
                (UnitKind.Claim, "The talks were later suspended."),
            ],
            KindsAndTexts(text));
    }

    [Fact]
    public void A_word_broken_across_a_column_is_mended_across_blocks()
    {
        const string text = """
            Both delegations insisted on the full implemen-

            The harbour at dawn, 3 May 2021

            tation of the agreement signed in the spring. Nobody objected.
            """;

        Assert.Contains((UnitKind.Claim, "Both delegations insisted on the full implementation of the agreement signed in the spring."), KindsAndTexts(text));
        Assert.Contains((UnitKind.Caption, "The harbour at dawn, 3 May 2021"), KindsAndTexts(text));
    }

    [Fact]
    public void A_continuation_printed_before_its_start_is_joined_to_it()
    {
        // The second block carries on the sentence the fourth starts; an adjective cannot be followed by "in".
        const string text = """
            The report was long and covered many of the events of the previous year in great detail.

            in the decisions and resolutions of international organizations. The rest is history.

            The policy of aggression left the country facing serious socioeconomic

            The position of the community is reflected in documents adopted bilaterally and

            problems and a profound crisis. Reform was slow.
            """;

        var texts = Units(text).Select(u => u.Text).ToArray();

        Assert.Contains("The policy of aggression left the country facing serious socioeconomic problems and a profound crisis.", texts);
        Assert.Contains("The position of the community is reflected in documents adopted bilaterally and in the decisions and resolutions of international organizations.", texts);
    }

    [Fact]
    public void A_page_break_before_a_name_is_bridged_when_the_document_writes_the_pair_elsewhere()
    {
        const string text = """
            The Patriotic War lasted 44 days. The veterans of the 44-day Patriotic War met in the capital. Veterans of the 44-day

            Page 2 of 3

            Patriotic War were honoured in a ceremony on Sunday.
            """;

        Assert.Contains("Veterans of the 44-day Patriotic War were honoured in a ceremony on Sunday.", Units(text).Select(u => u.Text));
    }

    [Fact]
    public void A_broken_piece_with_no_plausible_other_half_is_a_fragment_not_glued_on()
    {
        const string text = """
            The Council met on Monday and adopted a statement on the situation in the region.

            nexation of the occupied districts continued. Observers left the area.
            """;

        Assert.Equal(
            [
                (UnitKind.Claim, "The Council met on Monday and adopted a statement on the situation in the region."),
                (UnitKind.Fragment, "nexation of the occupied districts continued."),
                (UnitKind.Claim, "Observers left the area."),
            ],
            KindsAndTexts(text));
    }

    [Fact]
    public void Subheads_stand_alone_or_run_into_their_paragraph()
    {
        const string text = """
            The first paragraph of the article is long enough to be prose and ends properly.

            Negotiations on the cessation of the occupation.

            Contacts with world leaders during the war. The President spoke with many leaders by telephone.
            """;

        Assert.Equal(
            [
                (UnitKind.Claim, "The first paragraph of the article is long enough to be prose and ends properly."),
                (UnitKind.Heading, "Negotiations on the cessation of the occupation."),
                (UnitKind.Heading, "Contacts with world leaders during the war."),
                (UnitKind.Claim, "The President spoke with many leaders by telephone."),
            ],
            KindsAndTexts(text));
    }

    [Theory]
    [InlineData("Valdai | Discussion Club")]
    [InlineData("The President addressed the nation from his office")]
    [InlineData("Delegates vote at the Security Council, 22 November 1967")]
    [InlineData("The President at the Munich Security Conference. 15 February 2020")]
    public void Short_lines_that_are_logos_clauses_or_dated_are_captions(string caption)
    {
        var text = $"The first paragraph of the article is long enough to be prose and ends properly.\n\n{caption}\n\nThe second paragraph is long enough to be prose and also ends properly.";

        Assert.Contains((UnitKind.Caption, caption), KindsAndTexts(text));
    }

    [Fact]
    public void List_items_are_units_of_their_own_opened_by_their_markers()
    {
        const string text = "The ministry demanded three things on Monday:\n• an immediate ceasefire;\n• the return of prisoners;\n• access for observers.";

        Assert.Equal(
            ["The ministry demanded three things on Monday:", "• an immediate ceasefire;", "• the return of prisoners;", "• access for observers."],
            Units(text).Select(u => u.Text));
    }

    /// <summary>
    /// What only the whole document shows: a word it also writes in lowercase opens a sentence after
    /// "U.S.", a word it always capitalises goes on after an abbreviation like a title, a word it
    /// writes without a full stop is no abbreviation; and its lines: list items (the next number or
    /// the same bullet opens the next even after an unpunctuated item), short unpunctuated lines, a
    /// paragraph finished by a footnote reference.
    /// </summary>
    [Theory]
    [InlineData("Growth slowed sharply in the U.S. Exports stay weak. Its exports stay weak in winter.", "Growth slowed sharply in the U.S. | Exports stay weak. | Its exports stay weak in winter.")]
    [InlineData("The motion was moved by Cllr. Warren and carried. Later that day Warren spoke again.", "The motion was moved by Cllr. Warren and carried. | Later that day Warren spoke again.")]
    [InlineData("The jury chose Ng as the winner. The prize went to Ng. 12 others applied.", "The jury chose Ng as the winner. | The prize went to Ng. | 12 others applied.")]
    [InlineData("The Council demanded:\n1. a ceasefire;\n2. a withdrawal.\nThe talks resumed.", "The Council demanded: | 1. a ceasefire; | 2. a withdrawal. | The talks resumed.")]
    [InlineData("Agenda\nceasefire\nprisoners\nborder crossings", "Agenda | ceasefire | prisoners | border crossings")]
    [InlineData("The talks were held in\nGeneva and Vienna over\nthree long weeks.", "The talks were held in Geneva and Vienna over three long weeks.")]
    [InlineData("The mission ended in voting.[84]\n\n2011 application for membership\n\nThe application was filed in September.", "The mission ended in voting. | 2011 application for membership | The application was filed in September.")]
    [InlineData("1. ceasefire\n2. withdrawal\n3. talks on status", "1. ceasefire | 2. withdrawal | 3. talks on status")]
    [InlineData("* Geneva\n  * Vienna", "* Geneva | * Vienna")]
    [InlineData("Regional Peace Award\n(Engraved plaque - photo to follow)\nThe committee will review every nomination that reaches it before the deadline, and all of its decisions will be final.  Nominations are open to anyone.",
        "Regional Peace Award | (Engraved plaque - photo to follow) | The committee will review every nomination that reaches it before the deadline, and all of its decisions will be final. | Nominations are open to anyone.")]
    [InlineData("The tasks were set. a) draft the text b) circulate it c) put it to a vote\nThe Council agreed to all three.",
        "The tasks were set. | a) draft the text | b) circulate it | c) put it to a vote | The Council agreed to all three.")]
    [InlineData("Regional Peace Award\nThe committee will review every nomination that reaches it before the deadline in March, and all of the decisions it takes on the award this year will be final and\nbinding on all parties.",
        "Regional Peace Award | The committee will review every nomination that reaches it before the deadline in March, and all of the decisions it takes on the award this year will be final and binding on all parties.")]
    public void Units_follow_the_documents_own_words_and_lines(string text, string expected) =>
        Assert.Equal(expected, string.Join(" | ", Units(text).Select(u => u.Text)));

    [Fact]
    public void Running_headers_and_page_numbers_never_reach_a_unit()
    {
        var page = string.Join("\n", Enumerable.Range(1, 9).Select(l => $"The statement of the ministry ran on for line {l} of the page and"));
        var text = $"MINISTRY BULLETIN\n\n{page}\n\nMINISTRY BULLETIN\n\n2\n\n{page}\n\nMINISTRY BULLETIN\n\n3\n\n{page} it ended there.";

        var texts = Units(text).Select(u => u.Text).ToArray();

        Assert.Equal(1, texts.Count(t => t == "MINISTRY BULLETIN"));
        Assert.DoesNotContain(texts, t => t.Contains("BULLETIN", StringComparison.Ordinal) && t != "MINISTRY BULLETIN");
        Assert.DoesNotContain(texts, t => t is "2" or "3");
    }

    [Theory]
    [InlineData("Armenia rejects the plan. The talks continue.")]
    [InlineData("The talks continue. Armenia rejects the plan.")]
    public void Short_sentences_whose_verbs_are_hard_to_see_stay_claims(string text) =>
        Assert.Equal([UnitKind.Claim, UnitKind.Claim], Units("The opening paragraph of the article is long enough to be prose and ends well.\n\n" + text).Skip(1).Select(u => u.Kind));

    [Fact]
    public void A_fragment_cut_at_the_length_limit_never_splits_a_character()
    {
        var text = new string('a', ClaimSegmenter.MaxUnitLength - 1) + "😀" + new string('b', 10);

        var units = Units(text);

        Assert.True(units.Count >= 2, "the text is cut at the limit");
        Assert.All(units, u => Assert.False(char.IsHighSurrogate(u.Text[^1]) || char.IsLowSurrogate(u.Text[0])));
    }

    [Fact]
    public void Continuations_are_still_matched_exactly_in_a_long_document()
    {
        // Three hundred complete paragraphs must not push the broken ones into a cruder matching.
        var padding = string.Concat(Enumerable.Range(1, 300).Select(i => $"Paragraph {i} is complete.\n\n"));
        const string broken = """
            in the decisions and resolutions of international organizations. The rest is history.

            The policy of aggression left the country facing serious socioeconomic

            The position of the community is reflected in documents adopted bilaterally and

            problems and a profound crisis. Reform was slow.
            """;

        var texts = Units(padding + broken).Select(u => u.Text).ToArray();

        Assert.Contains("The policy of aggression left the country facing serious socioeconomic problems and a profound crisis.", texts);
        Assert.Contains("The position of the community is reflected in documents adopted bilaterally and in the decisions and resolutions of international organizations.", texts);
    }

    [Fact]
    public void Repeated_sentences_get_distinct_ids()
    {
        var units = Units("It rained today. It rained all day long, again and again. It rained today.");

        Assert.Equal(units.Count, units.Select(u => u.Id).Distinct().Count());
        Assert.Equal(units[0].Id + "-2", units[2].Id);
    }

    [Fact]
    public void A_sentence_longer_than_any_real_one_is_cut_at_spaces_into_fragments()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 2_000));

        var units = Units("A proper sentence opens the document and runs long enough to be prose.\n\n" + text);

        var fragments = units.Skip(1).ToArray();
        Assert.True(fragments.Length >= 2, "a sentence of 10,000 characters is more than one fragment");
        Assert.All(fragments, f => Assert.Equal(UnitKind.Fragment, f.Kind));
        Assert.All(fragments, f => Assert.InRange(f.Text.Length, 1, ClaimSegmenter.MaxUnitLength));
        Assert.Equal(text, string.Join(' ', fragments.Select(f => f.Text)));
    }

    [Fact]
    public void A_block_of_invisible_characters_is_no_unit() =>
        Assert.Empty(Units("\u00AD\u00AD\n\u00AD"));

    [SharedSampleFact]
    public void Spans_begin_and_end_on_the_units_first_and_last_characters()
    {
        var text = File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

        foreach (var unit in Units(text))
        {
            Assert.Equal(unit.Text[0], text[unit.Spans[0].Start]);
            Assert.Equal(unit.Text[^1], text[unit.Spans[^1].End - 1]);
            Assert.All(unit.Spans, span => Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"{span} of {unit.Text}"));
        }
    }
}
