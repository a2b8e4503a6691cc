using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Tests.Attribution;

public sealed class SpeakerAttributorTests
{
    private static IEnumerable<(string Text, string? Speaker)> Speakers(string text) =>
        Core.Analysis.DocumentAnalyzer.Split(text).Units.Where(u => u.Kind == UnitKind.Claim).Select(u => (u.Text, u.Speaker));

    [Fact]
    public void A_multi_sentence_quotation_takes_the_speaker_named_after_it_resolved_to_the_last_named_president()
    {
        const string text = "President Ilham Aliyev addressed the plenary session on 3 October 2019. “Karabakh is historically the land of Azerbaijan. So Karabakh is Azerbaijan, exclamation mark,” the President said.";

        Assert.Equal(
            [
                ("President Ilham Aliyev addressed the plenary session on 3 October 2019.", null),
                ("“Karabakh is historically the land of Azerbaijan.", "Ilham Aliyev"),
                ("So Karabakh is Azerbaijan, exclamation mark,” the President said.", "Ilham Aliyev"),
            ],
            Speakers(text));
    }

    [Theory]
    [InlineData("In his address, President Ilham Aliyev made it very clear: “I felt the support of the people.”", "Ilham Aliyev")]
    [InlineData("“We will not give up,” Ms. Marsh told a seminar in Vienna.", "Marsh")]
    [InlineData("“The vote was clear,” said the spokesperson.", "the spokesperson")]
    [InlineData("Statements by new Armenian leaders such as “a new war for new territories” were evidence of intent.", "new Armenian leaders")]
    public void The_speaker_named_before_after_or_as_owner_of_the_quotation_is_kept(string sentence, string speaker) =>
        Assert.Equal(speaker, Assert.Single(Speakers(sentence)).Speaker);

    [Fact]
    public void A_quotation_with_no_name_takes_the_speaker_of_the_sentence_that_introduces_it()
    {
        const string text = "President Ilham Aliyev gave many interviews. In an interview with a Turkish channel, the head of state recognised Turkey's support. \"The support of Turkey gave moral support to Azerbaijan.\"";

        Assert.Equal("Ilham Aliyev", Speakers(text).Last().Speaker);
    }

    [Fact]
    public void Names_inside_a_quotation_are_the_speakers_words_not_the_narrators_referents()
    {
        const string text = "President Ilham Aliyev spoke first. \"The support of my brother, President Recep Tayyip Erdogan, was vital,\" he said. Later the President stressed that the war was over. \"This is a matter of justice.\"";

        var quoted = Speakers(text).Where(s => s.Text.StartsWith('"')).ToArray();

        Assert.Equal(2, quoted.Length);
        Assert.All(quoted, s => Assert.Equal("Ilham Aliyev", s.Speaker));
    }

    [Fact]
    public void The_head_of_state_is_the_last_president_or_monarch_named_and_a_king_is_not_the_president()
    {
        const string text = "President Ilham Aliyev met King Abdullah II on Monday. Later the President said: “We agreed.” The head of state then added: “We will meet again.”";

        Assert.Equal(["Ilham Aliyev", "Abdullah II"], Speakers(text).Skip(1).Select(s => s.Speaker));
    }

    [Fact]
    public void Claims_without_quotations_have_no_speaker() =>
        Assert.All(Speakers("The Council met on Monday. It adopted a statement."), s => Assert.Null(s.Speaker));
}
