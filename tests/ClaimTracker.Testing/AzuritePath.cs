namespace ClaimTracker.Testing;

/// <summary>Which Azurite a fixture starts: <c>CLAIMTRACKER_AZURITE=container|npm</c>, unset (or empty) for whichever the machine offers.</summary>
public enum AzuritePath
{
    /// <summary>The Testcontainers image where a Docker engine answers, else npm.</summary>
    Auto,

    /// <summary>The Testcontainers image; without a Docker engine the fixture fails, saying so.</summary>
    Container,

    /// <summary>The npm Azurite from node_modules, even where Docker answers.</summary>
    Npm,
}

public static class AzuritePaths
{
    public const string Setting = "CLAIMTRACKER_AZURITE";

    /// <summary><c>container</c>, <c>npm</c> (any case, trimmed), unset, empty or auto → auto; anything else is a mistake worth stopping for.</summary>
    public static AzuritePath Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => AzuritePath.Auto,
        "container" => AzuritePath.Container,
        "npm" => AzuritePath.Npm,
        _ => throw new InvalidOperationException($"{Setting}={value} is not understood: use 'container' (Testcontainers; needs a Docker engine), 'npm' (node_modules/azurite) or leave it unset (auto) to use Docker where it answers."),
    };

    public static AzuritePath FromEnvironment() => Parse(Environment.GetEnvironmentVariable(Setting));
}
