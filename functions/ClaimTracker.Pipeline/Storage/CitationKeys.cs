using System.Text;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// The partition key of a cited source in the <c>Citations</c> index: its kind and canonical
/// id, with the characters table keys forbid escaped as <c>%XX</c>:
/// <c>unsc-resolution|S%2FRES%2F822 (1993)</c>. Reversible and readable.
/// </summary>
public static class CitationKeys
{
    /// <summary>Keys may be 1 KiB; canonical ids are short, but text from a document is not trusted to be.</summary>
    private const int MaxCanonicalLength = 400;

    public static string For(string kind, string canonical)
    {
        var value = canonical.Length > MaxCanonicalLength ? canonical[..MaxCanonicalLength] : canonical;
        var builder = new StringBuilder(kind.Length + value.Length + 16).Append(kind).Append('|');
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>The index row of one claim citing a source: unique per document and claim.</summary>
    public static string RowFor(string documentId, string claimId) => $"{documentId}|{claimId}";
}
