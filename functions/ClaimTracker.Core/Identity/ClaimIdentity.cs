using System.Security.Cryptography;
using System.Text;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Identity;

/// <summary>
/// A claim's id comes from its normalised text, so a claim keeps its id (and its review)
/// when the document around it is edited and re-uploaded. The n-th repeat of the same text
/// in one document gets the suffix <c>-n</c>.
/// </summary>
public static class ClaimIdentity
{
    public static string ClaimIdFor(string text)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(TextNormalizer.ForIdentity(text)));
        return Convert.ToHexStringLower(hash, 0, 8);
    }

    /// <summary>Ids for texts in reading order: <c>a1…</c>, <c>b2…</c>, <c>a1…-2</c> for the second <c>a1…</c>.</summary>
    public static IReadOnlyList<string> AssignIds(IEnumerable<string> textsInOrder)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var text in textsInOrder)
        {
            var id = ClaimIdFor(text);
            var occurrence = seen[id] = seen.GetValueOrDefault(id) + 1;
            ids.Add(occurrence == 1 ? id : $"{id}-{occurrence}");
        }
        return ids;
    }
}
