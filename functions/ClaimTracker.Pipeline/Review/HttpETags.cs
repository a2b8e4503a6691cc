using Azure;

namespace ClaimTracker.Pipeline.Review;

/// <summary>
/// Table storage hands out weak ETags (<c>W/"datetime'…'"</c>), but <c>If-Match</c> compares
/// strongly (RFC 9110), so the API serves them strong and adds the weak marker back for storage.
/// </summary>
public static class HttpETags
{
    public static string ToHeader(ETag etag)
    {
        var value = etag.ToString();
        return value.StartsWith("W/", StringComparison.Ordinal) ? value[2..] : value;
    }

    /// <summary>
    /// The table ETag an <c>If-Match</c> names. False for <c>*</c> (it would overwrite a verdict
    /// the reviewer has not seen, the one thing If-Match is here to stop), a list, or garbage.
    /// </summary>
    public static bool TryParseIfMatch(string header, out ETag etag)
    {
        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }
        // One quoted entity tag, no list: a verdict applies to the version the reviewer read.
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"' && value.IndexOf('"', 1) == value.Length - 1)
        {
            etag = new ETag("W/" + value);
            return true;
        }
        etag = default;
        return false;
    }
}
