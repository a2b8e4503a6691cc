using System.Text.Json;

namespace ClaimTracker.Testing;

/// <summary>The operations the checked-in OpenAPI document describes, as "METHOD /api/route" lines.</summary>
public static class OpenApiOperations
{
    public static string Path { get; } = System.IO.Path.Combine(RepositoryPaths.Root, "functions", "ClaimTracker.Pipeline", "Review", "openapi.json");

    public static IReadOnlyList<string> Read()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path));
        return document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(method => $"{method.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal)
            .ToArray();
    }
}
