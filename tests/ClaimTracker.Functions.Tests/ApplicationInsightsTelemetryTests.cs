using Azure.Identity;

namespace ClaimTracker.Functions.Tests;

/// <summary>How the exporter signs in, from the authentication string the Bicep writes.</summary>
public sealed class ApplicationInsightsTelemetryTests
{
    [Fact]
    public void The_bicep_string_signs_in_as_its_user_assigned_identity() =>
        Assert.IsType<ManagedIdentityCredential>(ApplicationInsightsTelemetry.CredentialFor("ClientId=00000000-0000-0000-0000-000000000001;Authorization=AAD"));

    [Fact]
    public void Entra_without_a_client_id_uses_the_default_chain() =>
        Assert.IsType<DefaultAzureCredential>(ApplicationInsightsTelemetry.CredentialFor("Authorization=AAD"));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ClientId=abc")]
    [InlineData("Authorization=Key")]
    public void Anything_else_leaves_the_connection_string_to_sign_in(string? value) =>
        Assert.Null(ApplicationInsightsTelemetry.CredentialFor(value));

    [Fact]
    public void The_string_reads_as_case_insensitive_pairs()
    {
        var parts = ApplicationInsightsTelemetry.ParseAuthenticationString(" clientid = abc ; Authorization=aad;;");
        Assert.Equal(2, parts.Count);
        Assert.Equal("abc", parts["ClientId"]);
        Assert.Equal("aad", parts["AUTHORIZATION"]);
    }
}
