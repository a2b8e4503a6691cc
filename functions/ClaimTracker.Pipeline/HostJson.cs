using Microsoft.Extensions.Configuration;

namespace ClaimTracker.Pipeline;

/// <summary>
/// The function app's <c>host.json</c> (copied beside both hosts' executables), read as the
/// Functions host reads it: the file, under <c>AzureFunctionsJobHost__…</c> settings. The one
/// place either host learns how its triggers behave, so the handlers cannot disagree with them.
/// </summary>
public static class HostJson
{
    public const string FileName = "host.json";

    /// <summary>The settings section that overrides host.json (<c>AzureFunctionsJobHost__extensions__queues__maxDequeueCount</c>).</summary>
    public const string OverrideSection = "AzureFunctionsJobHost";

    public const string MaxDequeueCount = "extensions:queues:maxDequeueCount";

    /// <summary>host.json beside the executable, under the <see cref="OverrideSection"/> of <paramref name="settings"/>.</summary>
    public static IConfiguration Load(IConfiguration settings)
    {
        var builder = new ConfigurationBuilder();
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        if (File.Exists(path))
        {
            builder.AddJsonFile(path, optional: false);
        }
        return builder.AddConfiguration(settings.GetSection(OverrideSection)).Build();
    }
}
