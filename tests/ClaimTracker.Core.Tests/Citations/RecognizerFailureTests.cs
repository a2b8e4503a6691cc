using System.Text;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Citations;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>A recogniser that cannot finish a unit costs only its own citations, and says so on the unit.</summary>
[Collection(nameof(WallClockBudgets))]
public sealed class RecognizerFailureTests
{
    [Fact]
    public void A_recogniser_that_times_out_keeps_what_it_found_and_the_others_still_run()
    {
        const string text = "Security Council resolution 1244 (1999) applies.";
        (ICitationRecognizer, CitationRecognizer.OnOverlap)[] table =
        [
            (new GivesUpAfterOne(), CitationRecognizer.OnOverlap.Drop),
            (Core.Citations.Resolutions.ResolutionRecognizer.Instance, CitationRecognizer.OnOverlap.Drop),
        ];

        var result = CitationRecognizer.Recognize(Cite.Verbatim(text), CitationContext.None, table);

        Assert.Equal(["other found first", "S/RES/1244 (1999)"], result.Citations.Select(c => c.Canonical));
        Assert.Equal("The test citations in this unit could not all be read: the text is built in a way the pattern matcher gives up on; some citations may be missing.", Assert.Single(result.Warnings));
    }

    [Fact]
    public void A_unit_read_in_full_has_no_warnings() =>
        Assert.Empty(CitationRecognizer.Recognize(Cite.Verbatim("Security Council resolution 1244 (1999) applies.")).Warnings);

    /// <summary>
    /// Hostile input: a megabyte of "resolution", commas, "and" and numbers between two real citations.
    /// Every number of it is read, none is placed (nothing says whose they are), the two real ones
    /// are found, and no recogniser runs out of its time budget on the way. A megabyte, not
    /// five: at five a loaded two-core machine pushed single matches past their one-second budget,
    /// and a pass must not hang on the load; linear growth is the allocation-bounded tests' job.
    /// </summary>
    [Fact]
    public void A_megabyte_of_numbers_and_resolution_yields_exactly_the_two_real_citations()
    {
        var random = new Random(7);
        var text = new StringBuilder("Security Council resolution 242 (1967) applies. ").Append(' ', 400);
        while (text.Length < 1_000_000)
        {
            text.Append(random.Next(4) switch { 0 => "resolution ", 1 => ", ", 2 => " and ", _ => random.Next(3_000, 10_000).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        text.Append(' ', 400).Append(". Security Council resolution 338 (1973) applies too.");

        var result = CitationRecognizer.Recognize(Cite.Verbatim(text.ToString()));

        Assert.Equal(["S/RES/242 (1967)", "S/RES/338 (1973)"], result.Citations.Select(c => c.Canonical));
        Assert.Empty(result.Warnings);
    }

    private sealed class GivesUpAfterOne : ICitationRecognizer
    {
        public string Finds => "test citations";

        public IEnumerable<FoundCitation> Recognize(CitationInput input)
        {
            yield return new FoundCitation(CitationKind.Other, "other found first", 0, 8, null);
            throw new RegexMatchTimeoutException(input.Text, "test", TimeSpan.FromSeconds(1));
        }
    }
}

/// <summary>
/// Tests of what regexes do within their wall-clock timeouts run alone: sharing two cores with the
/// rest of the suite, hostile text could overrun its budget for want of CPU, not of speed.
/// </summary>
[CollectionDefinition(nameof(WallClockBudgets), DisableParallelization = true)]
public sealed class WallClockBudgets;
