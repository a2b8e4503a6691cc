using ClaimTracker.Core.Segmentation;
using ClaimTracker.Core.Tests.Layout;
using ClaimTracker.Testing;

namespace ClaimTracker.Core.Tests.Segmentation;

/// <summary>
/// Nothing is silently lost: every non-whitespace character of the extracted text lies in
/// exactly one unit's spans or in one recorded artefact, and a unit's spans hold exactly the
/// characters of its text.
/// </summary>
public sealed class CoverageTests
{
    private const string Messy = """
        ANNUAL REPORT

        By the Desk,
        Staff writer

        The minister opened the session with a long account of the implemen-

        Delegates at the conference centre, 3 May 2021

        tation of the agreement. The talks in the hall of the palace went on

        ANNUAL REPORT

        - 2 -

        for hours, and nobody left the ter-
        territories held by the mission.
        * * *
        The ministry demanded three things:
        • an immediate ceasefire;
        • the return of prisoners;
        1. access for observers. 🌟

        ANNUAL REPORT

        3

        in the decisions of the assembly. soft\u00ADhyphen and “a quotation,” the minister said.

        We visited these terri\u00ADto-

        territories in the north, ● and a bullet ● inside a line.
        """;

    public static TheoryData<string> Documents()
    {
        var documents = new TheoryData<string>
        {
            Messy,
            // Running headers inside sentences, odd and even pages, with the page number beside them.
            VerbatimRecord.With(page => page % 2 == 0 ? $"{page}\nConference on Coastal Waters" : "Third meeting of the parties"),
        };
        foreach (var sample in Directory.EnumerateFiles(RepositoryPaths.ProjectSamples, "*.txt"))
        {
            documents.Add(File.ReadAllText(sample));
        }
        return documents;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_non_whitespace_character_lies_in_exactly_one_unit_or_artefact(string text)
    {
        var segmented = ClaimSegmenter.Segment(text);
        var owners = new int[text.Length];
        foreach (var span in segmented.Units.SelectMany(u => u.Spans).Concat(segmented.Discarded.Select(a => a.Span)))
        {
            for (var i = span.Start; i < span.End; i++)
            {
                owners[i]++;
            }
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                Assert.True(owners[i] == 1, $"'{text[i]}' at {i} lies in {owners[i]} units or artefacts: …{text[Math.Max(0, i - 30)..Math.Min(text.Length, i + 30)]}…");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void A_units_spans_hold_exactly_its_characters(string text)
    {
        foreach (var unit in ClaimSegmenter.Segment(text).Units)
        {
            var covered = string.Concat(unit.Spans.Select(s => text[s.Start..s.End])).Where(c => !char.IsWhiteSpace(c));
            Assert.Equal(string.Concat(unit.Text.Where(c => !char.IsWhiteSpace(c))), string.Concat(covered));
        }
    }

    /// <summary>
    /// The shared sample, apart from the documents above: theory data is read before any test
    /// runs, so a row from ../shared would fail the whole theory in a clone without it.
    /// </summary>
    [SharedSampleFact]
    public void The_shared_sample_loses_no_character_and_its_units_spans_hold_exactly_their_characters()
    {
        var text = File.ReadAllText(RepositoryPaths.SharedSample("diplomacy-leading-to-victory.txt"));

        Every_non_whitespace_character_lies_in_exactly_one_unit_or_artefact(text);
        A_units_spans_hold_exactly_its_characters(text);
    }

    /// <summary>
    /// Linear in the input, shown by a count rather than a clock: twice the text may cost at most
    /// a little over twice the bytes the segmenter allocates (a step that copies what it has seen
    /// so far costs four times as much). The segmenter runs on the calling thread, so its
    /// allocations are this thread's, whatever else the test run is doing.
    /// </summary>
    private const double LinearGrowth = 2.5;

    [Fact]
    public void A_20_MB_line_without_punctuation_becomes_bounded_fragments_in_linear_work()
    {
        static string Line(int words) => string.Join(' ', Enumerable.Repeat("talks resumed between the delegations", words));
        var half = Line(275_000);
        var text = Line(550_000);

        var halfWork = Allocated(half, out _);
        var work = Allocated(text, out var units);

        Assert.True(text.Length > 20_000_000);
        Assert.True(units.Count > 10_000, $"{units.Count} units");
        Assert.All(units, u => Assert.InRange(u.Text.Length, 1, ClaimSegmenter.MaxUnitLength));
        Assert.Equal(text.Length - units.Sum(u => u.Text.Length), units.Count - 1);
        Assert.True(work <= LinearGrowth * halfWork, $"{work:N0} bytes for the whole, {halfWork:N0} for half");
    }

    [Fact]
    public void A_million_short_lines_are_segmented_in_linear_work()
    {
        static string Lines(int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"Line {i}.\n"));
        var halfWork = Allocated(Lines(500_000), out _);

        var work = Allocated(Lines(1_000_000), out var units);

        Assert.Equal(1_000_000, units.Count);
        Assert.True(work <= LinearGrowth * halfWork, $"{work:N0} bytes for a million lines, {halfWork:N0} for half a million");
    }

    private static long Allocated(string text, out IReadOnlyList<Unit> units)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        units = ClaimSegmenter.Segment(text).Units;
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Three_hundred_thousand_broken_blocks_are_segmented()
    {
        var text = string.Concat(Enumerable.Range(0, 300_000).Select(i => $"piece {i} of a broken text and\n\n"));

        Assert.NotEmpty(ClaimSegmenter.Segment(text).Units);
    }
}
