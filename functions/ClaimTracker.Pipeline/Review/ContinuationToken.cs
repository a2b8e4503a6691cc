using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// An opaque paging position: the (ordinal, claim id) of the last claim returned, base64url
/// encoded. Opaque so clients do not build them, stable so a page can be re-fetched.
/// </summary>
internal readonly record struct ContinuationToken(int Ordinal, string ClaimId)
{
    private const string Prefix = "v1:";

    public static readonly ContinuationToken Start = new(0, string.Empty);

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}{Ordinal.ToString(CultureInfo.InvariantCulture)}:{ClaimId}"));

    public static bool TryDecode(string? token, out ContinuationToken position)
    {
        position = Start;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split(':', 2) : [];
            if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
            {
                position = new ContinuationToken(ordinal, parts[1]);
                return true;
            }
        }
        catch (FormatException)
        {
        }
        return false;
    }

    /// <summary>Whether a claim at (ordinal, id) comes after this position in document order.</summary>
    public bool Precedes(int ordinal, string claimId) =>
        ordinal > Ordinal || (ordinal == Ordinal && string.CompareOrdinal(claimId, ClaimId) > 0);
}
