using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace ClaimTracker.Cli.Serve;

/// <summary>
/// The function app's settings files, read the way Core Tools reads them: <c>Values</c> of
/// <c>local.settings.json</c> (where <c>__</c> separates sections, as in environment
/// variables), beneath the environment; and the <c>extensions</c> of <c>host.json</c>.
/// </summary>
internal static class FunctionAppSettings
{
    public const string LocalSettingsFile = "local.settings.json";

    /// <summary>The settings both commands that touch storage read: <c>local.settings.json</c>, then the environment over it.</summary>
    public static IConfigurationBuilder AddFunctionAppSettings(this IConfigurationBuilder builder, string localSettingsPath) =>
        builder.AddLocalSettings(localSettingsPath).AddEnvironmentVariables();

    /// <summary>Adds <c>Values</c> from <paramref name="path"/>, if the file exists, as configuration keys.</summary>
    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string path)
    {
        if (!File.Exists(path))
        {
            return builder;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var section) && section.ValueKind == JsonValueKind.Object)
        {
            foreach (var setting in section.EnumerateObject())
            {
                values[setting.Name.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal)] =
                    setting.Value.ValueKind == JsonValueKind.String ? setting.Value.GetString() : setting.Value.GetRawText();
            }
        }
        return builder.AddInMemoryCollection(values);
    }
}
