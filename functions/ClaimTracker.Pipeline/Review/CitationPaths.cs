using System.Globalization;
using System.Text;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// How a canonical citation id goes into a URL path segment. Ids hold <c>/</c> and spaces
/// (<c>S/RES/822 (1993)</c>), and <c>%2F</c> is not safe in a path: proxies and hosts decode or
/// refuse it. So <c>/ \ ? # % ~</c> are written <c>~2F ~5C ~3F ~23 ~25 ~7E</c>, then the segment is
/// percent-encoded as usual: <c>/api/citations/unsc-resolution/S~2FRES~2F822%20(1993)/claims</c>.
/// <c>GET /api/citations</c> hands out these links ready made. A client that percent-encodes
/// instead (<c>S%2FRES%2F822</c>) is understood where its host lets <c>%2F</c> through, as Kestrel
/// does: a literal <c>%</c> cannot reach us any other way, since ids write it <c>~25</c>.
/// </summary>
public static class CitationPaths
{
    private const string Escaped = "/\\?#%~";

    public static string Encode(string canonical)
    {
        var builder = new StringBuilder(canonical.Length + 8);
        foreach (var c in canonical)
        {
            if (Escaped.Contains(c, StringComparison.Ordinal))
            {
                builder.Append('~').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Encode"/> on a route value the host has already percent-decoded.</summary>
    public static bool TryDecode(string segment, out string canonical)
    {
        var builder = new StringBuilder(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            if (segment[i] is not ('~' or '%'))
            {
                builder.Append(segment[i]);
                continue;
            }
            if (i + 2 >= segment.Length || !int.TryParse(segment.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code) ||
                !Escaped.Contains((char)code, StringComparison.Ordinal))
            {
                canonical = string.Empty;
                return false;
            }
            builder.Append((char)code);
            i += 2;
        }
        canonical = builder.ToString();
        return canonical.Length > 0;
    }

    public static string ClaimsLink(string kind, string canonical) =>
        $"/{ReviewRoutes.Prefix}/citations/{Uri.EscapeDataString(kind)}/{Uri.EscapeDataString(Encode(canonical))}/claims";
}
