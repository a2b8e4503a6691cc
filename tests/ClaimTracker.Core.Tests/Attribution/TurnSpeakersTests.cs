using ClaimTracker.Core.Analysis;

namespace ClaimTracker.Core.Tests.Attribution;

/// <summary>A transcript's label names the speaker of the units after it, until the next label; texts written for these tests.</summary>
public sealed class TurnSpeakersTests
{
    /// <summary>Each unit as "speaker: text" ("-" for none), separated by " | ".</summary>
    private static string SpeakersOf(string text) =>
        string.Join(" | ", DocumentAnalyzer.Split(text).Units.Select(u => $"{u.Speaker ?? "-"}: {u.Text}"));

    [Theory]
    [InlineData(
        "The PRESIDENT: I now call on the representative of Norway.\n\nMr. Halvorsen (Norway): Thank you. My delegation supports the draft.",
        "-: The PRESIDENT: | The PRESIDENT: I now call on the representative of Norway. | -: Mr. Halvorsen (Norway): | Mr. Halvorsen (Norway): Thank you. | Mr. Halvorsen (Norway): My delegation supports the draft.")]
    [InlineData(
        "The President (spoke in French): The meeting is resumed.",
        "-: The President (spoke in French): | The President: The meeting is resumed.")]
    [InlineData(
        "Q: Did the minister meet the envoy?\nA: Yes. They met on Monday.",
        "-: Q: | Q: Did the minister meet the envoy? | -: A: | A: Yes. | A: They met on Monday.")]
    [InlineData(
        "MR. SMITH: The negotiations have failed.\n\nProgress report\n\nWe will return next week.",
        "-: MR. SMITH: | MR. SMITH: The negotiations have failed. | -: Progress report | MR. SMITH: We will return next week.")]
    [InlineData(
        "17. Mr. BOUATTOURA (Algeria) (interpretation from French): My delegation is grateful.",
        "-: 17. Mr. BOUATTOURA (Algeria) (interpretation from French): | Mr. BOUATTOURA (Algeria): My delegation is grateful.")]
    [InlineData("The talks failed. Nobody spoke afterwards.", "-: The talks failed. | -: Nobody spoke afterwards.")]
    public void A_label_names_the_speaker_until_the_next(string text, string expected) => Assert.Equal(expected, SpeakersOf(text));

    /// <summary>A speaker's own words are no quotation of theirs: the label adds no citation.</summary>
    [Fact]
    public void A_turn_is_not_cited_as_a_quotation()
    {
        var analysis = DocumentAnalyzer.Analyze("MR. SMITH: The talks in Geneva failed.\nMS. OKAFOR: We regret it.");

        Assert.Equal(["MR. SMITH", "MS. OKAFOR"], analysis.Units.Where(u => u.Unit.SpeaksInTurn).Select(u => u.Unit.Speaker));
        Assert.Empty(analysis.Units.SelectMany(u => u.Citations));
    }
}
