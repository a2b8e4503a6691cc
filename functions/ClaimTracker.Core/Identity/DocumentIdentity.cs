using System.Security.Cryptography;
using System.Text;

namespace ClaimTracker.Core.Identity;

/// <summary>
/// Stable identities for documents. A document id is readable, bounded and safe as a table
/// key and a URL path segment whatever the blob is called; a version is the content hash.
/// </summary>
public static class DocumentIdentity
{
    /// <summary>Long enough to recognise the name, short enough to keep keys and URLs tidy.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>
    /// <c>reports/2020/UN #5?.txt</c> becomes <c>reports-2020-UN-5-.txt-1f0c…</c>: the name with
    /// every character outside <c>[A-Za-z0-9._-]</c> folded to '-', then 16 hex digits of the
    /// SHA-256 of the exact name, so names that fold alike still get different ids.
    /// </summary>
    public static string DocumentIdFor(string blobName)
    {
        ArgumentException.ThrowIfNullOrEmpty(blobName);

        var slug = new StringBuilder(Math.Min(blobName.Length, MaxSlugLength));
        foreach (var c in blobName)
        {
            if (slug.Length == MaxSlugLength)
            {
                break;
            }
            var safe = char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-';
            if (safe)
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(blobName));
        var suffix = Convert.ToHexStringLower(hash, 0, 8);
        var readable = slug.ToString().Trim('-', '.');
        return readable.Length == 0 ? suffix : $"{readable}-{suffix}";
    }

    /// <summary>The version of a document is the lowercase hex SHA-256 of its bytes.</summary>
    public static string VersionOf(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
