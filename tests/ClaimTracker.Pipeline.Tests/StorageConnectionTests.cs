using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Configuration;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>AzureWebJobsStorage is read as the Functions host reads it: a connection string, or identity settings under it.</summary>
public sealed class StorageConnectionTests
{
    [Fact]
    public void A_value_is_a_connection_string()
    {
        var connection = StorageConnection.From(Settings(("AzureWebJobsStorage", "UseDevelopmentStorage=true")));

        Assert.Equal("UseDevelopmentStorage=true", connection.ConnectionString);
        Assert.False(connection.UsesIdentity);
    }

    [Fact]
    public void An_account_name_means_an_identity_based_connection_to_the_public_endpoints()
    {
        var connection = StorageConnection.From(Settings(("AzureWebJobsStorage:accountName", "ctdata"), ("AzureWebJobsStorage:credential", "managedidentity")));

        Assert.True(connection.UsesIdentity);
        Assert.Equal(new Uri("https://ctdata.blob.core.windows.net"), connection.BlobUri);
        Assert.Equal(new Uri("https://ctdata.queue.core.windows.net"), connection.QueueUri);
        Assert.Equal(new Uri("https://ctdata.table.core.windows.net"), connection.TableUri);
    }

    [Theory]
    [InlineData("managedidentity", "11111111-2222-3333-4444-555555555555", typeof(Azure.Identity.ManagedIdentityCredential))]
    [InlineData("managedidentity", null, typeof(Azure.Identity.ManagedIdentityCredential))]
    [InlineData(null, null, typeof(Azure.Identity.DefaultAzureCredential))]
    public void The_credential_setting_chooses_the_identity(string? credential, string? clientId, Type expected)
    {
        var connection = StorageConnection.From(Settings(
            [("AzureWebJobsStorage:accountName", "ctdata"), .. credential is null ? [] : new[] { ("AzureWebJobsStorage:credential", credential) }, .. clientId is null ? [] : new[] { ("AzureWebJobsStorage:clientId", clientId) }]));

        Assert.IsType(expected, connection.CreateCredential());
        Assert.Equal(clientId, connection.ClientId);
    }

    [Fact]
    public void Explicit_service_uris_win_over_the_account_name()
    {
        var connection = StorageConnection.From(Settings(
            ("AzureWebJobsStorage:accountName", "ctdata"),
            ("AzureWebJobsStorage:blobServiceUri", "https://blobs.example.net")));

        Assert.Equal(new Uri("https://blobs.example.net"), connection.BlobUri);
        Assert.Equal(new Uri("https://ctdata.queue.core.windows.net"), connection.QueueUri);
    }

    [Fact]
    public void No_setting_at_all_is_an_error_that_says_what_to_set()
    {
        var error = Assert.Throws<InvalidOperationException>(() => StorageConnection.From(Settings()));

        Assert.Contains("AzureWebJobsStorage__accountName", error.Message, StringComparison.Ordinal);
    }

    private static IConfiguration Settings(params (string Key, string Value)[] values) => Settings((IEnumerable<(string, string)>)values);

    private static IConfiguration Settings(IEnumerable<(string Key, string Value)> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
