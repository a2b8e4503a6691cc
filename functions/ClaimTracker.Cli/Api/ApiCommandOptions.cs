using System.CommandLine;

namespace ClaimTracker.Cli.Api;

/// <summary>Where the commands that speak the review API find it, and the key Azure wants.</summary>
internal static class ApiCommandOptions
{
    public const string DefaultApi = "http://127.0.0.1:7071/api";

    public static Option<string> Api { get; } = new("--api")
    {
        Description = "The review API's base URL (env CLAIMTRACKER_API).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CLAIMTRACKER_API") is { Length: > 0 } api ? api : DefaultApi,
    };

    public static Option<string?> Key { get; } = new("--key")
    {
        Description = "A function key, for the function app in Azure (env CLAIMTRACKER_API_KEY).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("CLAIMTRACKER_API_KEY"),
    };

    /// <summary>Runs a command against the API, turning an unreachable API into one line on stderr and exit code 1.</summary>
    public static async Task<int> RunAsync(ParseResult parse, TextWriter stderr, Func<ApiClient, Task<int>> command)
    {
        if (!Uri.TryCreate(parse.GetValue(Api), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            await stderr.WriteLineAsync($"claimtracker: --api must be an http(s) URL, not '{parse.GetValue(Api)}'").ConfigureAwait(false);
            return 1;
        }
        using var client = new ApiClient(address, parse.GetValue(Key));
        try
        {
            return await command(client).ConfigureAwait(false);
        }
        catch (ApiUnavailableException e)
        {
            await stderr.WriteLineAsync($"claimtracker: {e.Message}").ConfigureAwait(false);
            return 1;
        }
    }
}
