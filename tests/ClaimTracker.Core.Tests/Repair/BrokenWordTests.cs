using ClaimTracker.Core.Repair;
using ClaimTracker.Core.Text;
using ClaimTracker.Core.Vocabulary;

namespace ClaimTracker.Core.Tests.Repair;

public sealed class BrokenWordTests
{
    private const string Document = "we saw a post-war order in the region today";

    private static readonly DocumentVocabulary Vocabulary = DocumentVocabulary.Learn(Document, [new TextSpan(0, Document.Length)]);

    [Theory]
    [InlineData("implemen", "tation", BrokenWordMend.Join, true)]
    [InlineData("an", "nexation", BrokenWordMend.Join, true)]
    [InlineData("post", "war", BrokenWordMend.KeepHyphen, true)]
    [InlineData("self", "determination", BrokenWordMend.KeepHyphen, true)]
    [InlineData("ter", "territories", BrokenWordMend.DropRepeatedPrefix, true)]
    [InlineData("Kalb", "ajar", BrokenWordMend.Join, false)]
    public void Decides_from_known_words(string left, string right, BrokenWordMend mend, bool known) =>
        Assert.Equal(new BrokenWordRepair(mend, known), BrokenWord.Decide(left, right, Vocabulary));

    [Fact]
    public void The_english_word_list_is_shipped_and_loaded() =>
        Assert.True(EnglishWords.Count > 50_000 && EnglishWords.Contains("implementation") && !EnglishWords.Contains("nexation"));
}
