using System.Collections.Frozen;
using System.IO.Compression;

namespace ClaimTracker.Core.Vocabulary;

/// <summary>
/// About 63,000 English words of three letters or more (SCOWL sizes 10 to 50, American and
/// British; see SCOWL-LICENSE.txt), shipped inside the assembly and read once.
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static int Count => Words.Value.Count;

    /// <summary>Whether <paramref name="lowercaseWord"/> is an English word of three letters or more.</summary>
    public static bool Contains(string lowercaseWord) => Words.Value.Contains(lowercaseWord);

    private static FrozenSet<string> Load()
    {
        using var resource = typeof(EnglishWords).Assembly.GetManifestResourceStream("english-words.txt.gz")
            ?? throw new InvalidOperationException("The embedded word list english-words.txt.gz is missing.");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var words = new List<string>(64_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                words.Add(line);
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
