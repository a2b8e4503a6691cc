namespace ClaimTracker.Core.ReferenceData;

/// <summary>Reads a small CSV of integers shipped inside the assembly.</summary>
internal static class EmbeddedCsv
{
    public static IReadOnlyList<int[]> Rows(string name)
    {
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded reference data {name} is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<int[]>();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            rows.Add(line.Split(',').Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }
        return rows;
    }
}
