using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// Paging positions, sent to clients opaque (base64url of a tagged string) so they do not build
/// them, and stable so a page can be fetched again.
/// </summary>
internal static class OpaqueToken
{
    public static string Encode(string tag, string position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{tag}:{position}"));

    /// <summary>An empty token is the start (an empty position); anything not ours is false.</summary>
    public static bool TryDecode(string? token, string tag, out string position)
    {
        position = string.Empty;
        if (string.IsNullOrEmpty(token))
        {
            return true;
        }
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            if (text.StartsWith(tag + ":", StringComparison.Ordinal))
            {
                position = text[(tag.Length + 1)..];
                return true;
            }
        }
        catch (FormatException)
        {
        }
        return false;
    }
}

/// <summary>The position in a claim listing: the (ordinal, claim id) of the last claim returned.</summary>
internal readonly record struct ContinuationToken(int Ordinal, string ClaimId)
{
    private const string Tag = "v1";

    public static readonly ContinuationToken Start = new(0, string.Empty);

    public string Encode() => OpaqueToken.Encode(Tag, $"{Ordinal.ToString(CultureInfo.InvariantCulture)}:{ClaimId}");

    public static bool TryDecode(string? token, out ContinuationToken position)
    {
        position = Start;
        if (!OpaqueToken.TryDecode(token, Tag, out var text))
        {
            return false;
        }
        if (text.Length == 0)
        {
            return true;
        }
        var parts = text.Split(':', 2);
        if (parts.Length == 2 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ordinal))
        {
            position = new ContinuationToken(ordinal, parts[1]);
            return true;
        }
        return false;
    }

    /// <summary>Whether a claim at (ordinal, id) comes after this position in document order.</summary>
    public bool Precedes(int ordinal, string claimId) =>
        ordinal > Ordinal || (ordinal == Ordinal && string.CompareOrdinal(claimId, ClaimId) > 0);
}
