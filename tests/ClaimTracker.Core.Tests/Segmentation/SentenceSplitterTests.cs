using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Segmentation;

public sealed class SentenceSplitterTests
{
    /// <summary>Each case: running text, and the sentences it holds separated by " | ".</summary>
    [Theory]
    [InlineData("Mr. Smith went to Washington. He arrived.", "Mr. Smith went to Washington. | He arrived.")]
    [InlineData("Dr. Jones and Prof. Lee met in St. Petersburg. They talked.", "Dr. Jones and Prof. Lee met in St. Petersburg. | They talked.")]
    [InlineData("The U.S. delegation arrived. The talks began.", "The U.S. delegation arrived. | The talks began.")]
    [InlineData("Talks were held in the U.S. The delegation left.", "Talks were held in the U.S. | The delegation left.")]
    [InlineData("See e.g. the report. It is long.", "See e.g. the report. | It is long.")]
    [InlineData("Resolution No. 5 was adopted. It passed.", "Resolution No. 5 was adopted. | It passed.")]
    [InlineData("Prime Minister N. Pashinyan spoke. He left.", "Prime Minister N. Pashinyan spoke. | He left.")]
    [InlineData("It cost $3.5 million. Prices rose 2.5 percent.", "It cost $3.5 million. | Prices rose 2.5 percent.")]
    [InlineData("At 10 a.m. the meeting opened. It closed at noon.", "At 10 a.m. the meeting opened. | It closed at noon.")]
    [InlineData("On 3 Oct. 2019 he spoke. The hall applauded.", "On 3 Oct. 2019 he spoke. | The hall applauded.")]
    [InlineData("He waited... Then he left.", "He waited... | Then he left.")]
    [InlineData("He said… and then left.", "He said… and then left.")]
    [InlineData("What happened? Nobody knows! Really.", "What happened? | Nobody knows! | Really.")]
    [InlineData("“Karabakh is historically the land of Azerbaijan. So Karabakh is Azerbaijan, exclamation mark,” the President said.",
        "“Karabakh is historically the land of Azerbaijan. | So Karabakh is Azerbaijan, exclamation mark,” the President said.")]
    [InlineData("He said: “We won.” Then he left.", "He said: “We won.” | Then he left.")]
    [InlineData("(This was later denied.) The talks resumed.", "(This was later denied.) | The talks resumed.")]
    [InlineData("Read https://undocs.org/en/S/RES/822(1993) for the text. It is short.", "Read https://undocs.org/en/S/RES/822(1993) for the text. | It is short.")]
    [InlineData("Write to press@mfa.gov.az for details. Thanks.", "Write to press@mfa.gov.az for details. | Thanks.")]
    [InlineData("THE TALKS FAILED. THE WAR BEGAN.", "THE TALKS FAILED. | THE WAR BEGAN.")]
    [InlineData("The vote was 15-0. Resolution 822 passed.", "The vote was 15-0. | Resolution 822 passed.")]
    [InlineData("Acme Inc. said it would appeal. The court disagreed.", "Acme Inc. said it would appeal. | The court disagreed.")]
    [InlineData("No full stop at the end", "No full stop at the end")]
    [InlineData("The talks failed — again. Nobody was surprised – least of all Baku.", "The talks failed — again. | Nobody was surprised – least of all Baku.")]
    [InlineData("He left (the hall was empty). Then she spoke.", "He left (the hall was empty). | Then she spoke.")]
    [InlineData("He said: “Stop. Now.” The room went quiet.", "He said: “Stop. | Now.” | The room went quiet.")]
    [InlineData("It was 9.30 p.m. when the vote began. It ended at 11 p.m.", "It was 9.30 p.m. when the vote began. | It ended at 11 p.m.")]
    [InlineData("Armenia v. Azerbaijan was filed in 2021. The court heard it.", "Armenia v. Azerbaijan was filed in 2021. | The court heard it.")]
    public void Splits_prose_into_sentences(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]);

        Assert.Equal(expected, string.Join(" | ", sentences));
    }

    [Fact]
    public void Spans_are_trimmed_and_cover_only_text()
    {
        var spans = SentenceSplitter.Split("  One.   Two.  ");

        Assert.Equal([new(2, 6), new(9, 13)], spans);
    }

    [Fact]
    public void Empty_text_has_no_sentences() => Assert.Empty(SentenceSplitter.Split("   "));
}
