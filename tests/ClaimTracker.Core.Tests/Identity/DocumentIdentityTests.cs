using ClaimTracker.Core.Identity;

namespace ClaimTracker.Core.Tests.Identity;

public sealed class DocumentIdentityTests
{
    [Theory]
    [InlineData("reports/2020/UN #5?.txt")]
    [InlineData("back\\slash and\ttab.txt")]
    [InlineData("Заявление МИД.txt")]
    [InlineData("###")]
    [InlineData("..")]
    public void Document_ids_are_safe_as_table_keys_and_url_segments(string blobName)
    {
        var id = DocumentIdentity.DocumentIdFor(blobName);

        Assert.Matches("^[A-Za-z0-9._-]+$", id);
        Assert.DoesNotMatch(@"^\.+$", id);
        Assert.Equal(id, DocumentIdentity.DocumentIdFor(blobName));
    }

    [Fact]
    public void Names_that_fold_alike_still_get_different_ids() =>
        Assert.NotEqual(DocumentIdentity.DocumentIdFor("UN #5.txt"), DocumentIdentity.DocumentIdFor("UN ?5.txt"));

    [Fact]
    public void Ids_stay_short_for_the_longest_blob_names()
    {
        var id = DocumentIdentity.DocumentIdFor(new string('a', 1024));

        Assert.True(id.Length <= DocumentIdentity.MaxSlugLength + 17, id);
    }

    [Fact]
    public void Ids_keep_a_readable_part_of_the_name() =>
        Assert.StartsWith("reports-2020-UN-5-.txt-", DocumentIdentity.DocumentIdFor("reports/2020/UN #5?.txt"), StringComparison.Ordinal);

    [Fact]
    public void The_version_is_the_sha256_of_the_bytes() =>
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DocumentIdentity.VersionOf("abc"u8));
}
