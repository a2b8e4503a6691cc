using ClaimTracker.Testing;

namespace ClaimTracker.Pipeline.Tests;

/// <summary>CLAIMTRACKER_AZURITE, which chooses the fixtures' Azurite: its parsing, apart from any fixture.</summary>
public sealed class AzuritePathTests
{
    [Theory]
    [InlineData(null, AzuritePath.Auto)]
    [InlineData("", AzuritePath.Auto)]
    [InlineData("  ", AzuritePath.Auto)]
    [InlineData("auto", AzuritePath.Auto)]
    [InlineData("container", AzuritePath.Container)]
    [InlineData("Container", AzuritePath.Container)]
    [InlineData(" npm ", AzuritePath.Npm)]
    [InlineData("NPM", AzuritePath.Npm)]
    public void A_setting_chooses_its_path(string? value, AzuritePath expected) =>
        Assert.Equal(expected, AzuritePaths.Parse(value));

    [Theory]
    [InlineData("docker")]
    [InlineData("podman")]
    [InlineData("testcontainers")]
    public void Anything_else_stops_with_the_values_it_takes(string value)
    {
        var e = Assert.Throws<InvalidOperationException>(() => AzuritePaths.Parse(value));
        Assert.Contains($"CLAIMTRACKER_AZURITE={value}", e.Message, StringComparison.Ordinal);
        Assert.Contains("'container'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'npm'", e.Message, StringComparison.Ordinal);
    }
}
