using System.Text;

namespace ClaimTracker.Core.Text;

/// <summary>
/// Folds the typographic variation that extraction introduces (curly quotes, dashes,
/// ligatures, spacing, case) so the same sentence always normalises to the same string.
/// </summary>
public static class TextNormalizer
{
    public static string ForIdentity(string text)
    {
        var normalized = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c == TextChars.SoftHyphen)
            {
                pendingSpace = c != TextChars.SoftHyphen || pendingSpace;
                continue;
            }
            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }
            pendingSpace = false;
            builder.Append(Fold(c));
        }
        return builder.ToString();
    }

    private static char Fold(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201A' or '\u02BC' or '`' or '\u00B4' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u00AB' or '\u00BB' => '"',
        >= '\u2010' and <= '\u2015' or '\u2212' => '-',
        _ => char.ToLowerInvariant(c),
    };
}
