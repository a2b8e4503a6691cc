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

    [Fact]
    public void Top_lines_are_front_matter_subheads_are_headings_and_prose_is_claims()
    {
        var units = ClaimSegmenter.Segment(Article);

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
    public void Repeated_sentences_get_distinct_ids()
    {
        var units = ClaimSegmenter.Segment("It rained today. It rained all day long, again and again. It rained today.");

        Assert.Equal(units.Count, units.Select(u => u.Id).Distinct().Count());
        Assert.Equal(units[0].Id + "-2", units[2].Id);
    }

    /// <summary>
    /// Whatever the repair, a unit's spans hold its text: the same letters and digits in the
    /// same order, once whitespace and hyphens (line-break artefacts) are set aside.
    /// </summary>
    [Fact]
    public void The_spans_of_every_unit_of_the_shared_sample_hold_its_text()
    {
        var text = File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

        var units = ClaimSegmenter.Segment(text);

        Assert.NotEmpty(units);
        foreach (var unit in units)
        {
            var covered = string.Concat(unit.Spans.Select(s => text[s.Start..s.End]));
            Assert.Equal(Letters(unit.Text), Letters(covered));
        }
    }

    [Fact]
    public void Spans_begin_and_end_on_the_units_first_and_last_characters()
    {
        var text = File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

        foreach (var unit in ClaimSegmenter.Segment(text))
        {
            Assert.Equal(unit.Text[0], text[unit.Spans[0].Start]);
            Assert.Equal(unit.Text[^1], text[unit.Spans[^1].End - 1]);
            Assert.All(unit.Spans, span => Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"{span} of {unit.Text}"));
        }
    }

    [Fact]
    public void A_sentence_longer_than_any_real_one_is_cut_at_spaces_into_fragments()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 2_000));

        var units = ClaimSegmenter.Segment("A proper sentence opens the document and runs long enough to be prose.\n\n" + text);

        var fragments = units.Skip(1).ToArray();
        Assert.All(fragments, f => Assert.Equal(UnitKind.Fragment, f.Kind));
        Assert.All(fragments, f => Assert.InRange(f.Text.Length, 1, ClaimSegmenter.MaxUnitLength));
        Assert.Equal(text, string.Join(' ', fragments.Select(f => f.Text)));
    }

    [Fact]
    public void A_paragraph_of_invisible_characters_is_no_unit() =>
        Assert.Empty(ClaimSegmenter.Segment("\u00AD\u00AD\n\u00AD"));

    /// <summary>
    /// One paragraph of 200,000 short lines: slicing it into sentences must not rescan the
    /// paragraph for each one (that was quadratic, minutes for this input).
    /// </summary>
    [Fact]
    public void A_paragraph_of_many_short_lines_is_segmented_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("Short line.\n", 200_000));

        Assert.Equal(200_000, ClaimSegmenter.Segment(text).Count);
    }

    [Fact]
    public void Spans_ascend_and_never_overlap_across_units()
    {
        var text = File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

        var spans = ClaimSegmenter.Segment(text).SelectMany(u => u.Spans).ToArray();

        Assert.All(spans.Zip(spans.Skip(1)), pair => Assert.True(pair.First.End <= pair.Second.Start, $"{pair.First} overlaps {pair.Second}"));
    }

    private static string Letters(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c is not '-' and not '\u00AD'));
}
