using ClaimTracker.Core.Identity;

namespace ClaimTracker.Core.Tests.Identity;

public sealed class ClaimIdentityTests
{
    [Theory]
    [InlineData("Karabakh is Azerbaijan.", "Karabakh  is\nAzerbaijan.")]
    [InlineData("Armenia’s “policy”.", "Armenia's \"policy\".")]
    [InlineData("The 44–day war.", "The 44-day war.")]
    [InlineData("THE TALKS FAILED.", "The talks failed.")]
    public void Typographic_variants_of_a_sentence_share_an_id(string a, string b) =>
        Assert.Equal(ClaimIdentity.ClaimIdFor(a), ClaimIdentity.ClaimIdFor(b));

    [Fact]
    public void Different_sentences_get_different_ids() =>
        Assert.NotEqual(ClaimIdentity.ClaimIdFor("The talks failed."), ClaimIdentity.ClaimIdFor("The talks succeeded."));

    [Fact]
    public void Repeats_are_numbered_in_reading_order()
    {
        var ids = ClaimIdentity.AssignIds(["A.", "B.", "A.", "A."]);

        Assert.Equal([ids[0], ids[1], ids[0] + "-2", ids[0] + "-3"], ids);
        Assert.Matches("^[0-9a-f]{16}$", ids[0]);
    }
}
