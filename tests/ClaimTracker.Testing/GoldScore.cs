using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimTracker.Testing;

/// <summary>
/// The unit measures of ../shared/eval/score.py, in C#, so the suite checks the shared sample
/// against its gold file without Python: texts compared after the same normalisation
/// (NFKC, typographic quotes and dashes folded, whitespace collapsed, pictographs dropped).
/// </summary>
public static partial class GoldScore
{
    public static IReadOnlyList<(string Text, string Kind)> GoldUnits(string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        return gold.RootElement.GetProperty("units").EnumerateArray()
            .Select(u => (u.GetProperty("text").GetString()!, u.GetProperty("kind").GetString()!))
            .ToArray();
    }

    /// <summary>The kinds score.py compares by canonical identifier; the others it checks for recall only.</summary>
    public static readonly IReadOnlySet<string> StrictKinds = new HashSet<string>(["unsc-resolution", "unga-resolution", "unga-session", "un-document"], StringComparer.Ordinal);

    /// <summary>
    /// A gold file's citations of the strict kinds, as (kind, canonical) compared the way score.py
    /// compares them: Security Council resolutions with their year, whitespace collapsed, upper case.
    /// The file is a list, or an object whose <c>citations</c> is one.
    /// </summary>
    public static IReadOnlyList<(string Kind, string Canonical)> GoldCitations(string goldPath)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var citations = gold.RootElement.ValueKind == JsonValueKind.Array ? gold.RootElement : gold.RootElement.GetProperty("citations");
        return citations.EnumerateArray()
            .Select(c => (Kind: c.GetProperty("kind").GetString()!, Canonical: (c.TryGetProperty("canonical_with_year", out var withYear) && withYear.ValueKind == JsonValueKind.String ? withYear : c.GetProperty("canonical")).GetString()!))
            .Where(c => StrictKinds.Contains(c.Kind))
            .Select(c => (c.Kind, CanonicalKey(c.Canonical)))
            .ToArray();
    }

    public static string CanonicalKey(string canonical) => Whitespace().Replace(canonical.Trim(), " ").ToUpperInvariant();

    /// <summary>Matches counted as multisets, as score.py counts them: (true positives, predicted, gold).</summary>
    public static (int Hits, int Predicted, int Gold) Count(IEnumerable<(string Kind, string Canonical)> gold, IEnumerable<(string Kind, string Canonical)> predicted)
    {
        var remaining = gold.GroupBy(g => g).ToDictionary(g => g.Key, g => g.Count());
        var total = remaining.Values.Sum();
        var hits = 0;
        var count = 0;
        foreach (var p in predicted)
        {
            count++;
            if (remaining.TryGetValue(p, out var left) && left > 0)
            {
                remaining[p] = left - 1;
                hits++;
            }
        }
        return (hits, count, total);
    }

    public static double F1(IEnumerable<string> gold, IEnumerable<string> predicted)
    {
        var g = gold.Select(Normalize).ToList();
        var p = predicted.Select(Normalize).ToList();
        var remaining = g.GroupBy(t => t).ToDictionary(x => x.Key, x => x.Count());
        var hits = 0;
        foreach (var text in p)
        {
            if (remaining.TryGetValue(text, out var left) && left > 0)
            {
                remaining[text] = left - 1;
                hits++;
            }
        }
        var precision = p.Count == 0 ? 0 : (double)hits / p.Count;
        var recall = g.Count == 0 ? 1 : (double)hits / g.Count;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    public static string Normalize(string text)
    {
        var folded = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.OtherSymbol or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                continue;
            }
            folded.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
                >= '\u2010' and <= '\u2015' or '\u2212' => '-',
                _ => c,
            });
        }
        return Whitespace().Replace(folded.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
