using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Pipeline.Review;

/// <summary>What every endpoint checks before it reaches storage.</summary>
internal static partial class RequestRules
{
    /// <summary>The Functions host's key parameter: allowed everywhere, used by the host, never by us.</summary>
    private const string FunctionKeyParameter = "code";

    /// <summary>A query parameter the endpoint does not know is refused, so a typo (<c>?stauts=</c>) is not silently ignored.</summary>
    public static ProblemHttpResult? UnknownParameter(IQueryCollection query, params string[] known)
    {
        foreach (var (name, values) in query)
        {
            if (name != FunctionKeyParameter && !known.Contains(name, StringComparer.Ordinal))
            {
                var expected = known.Length == 0 ? "none" : string.Join(", ", known);
                return Problems.Invalid(name, $"Unknown query parameter '{name}'. This endpoint takes: {expected}.");
            }
            // ASP.NET joins repeated values with commas: ?name=a&name=b would read as "a,b".
            if (values.Count > 1)
            {
                return Problems.Invalid(name, $"'{name}' is given {values.Count} times; give it once.");
            }
        }
        return null;
    }

    public static ProblemHttpResult? ParseTop(IQueryCollection query, int defaultTop, int maxTop, out int top)
    {
        top = defaultTop;
        if (query["top"].ToString() is { Length: > 0 } text &&
            (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out top) || top < 1 || top > maxTop))
        {
            return Problems.Invalid("top", $"'top' must be a whole number from 1 to {maxTop}.");
        }
        return null;
    }

    /// <summary>Ids this API hands out; anything else cannot exist and never reaches storage.</summary>
    public static bool IsDocumentId(string value) => DocumentIdPattern().IsMatch(value);

    public static bool IsClaimId(string value) => ClaimIdPattern().IsMatch(value);

    [GeneratedRegex(@"^[A-Za-z0-9._-]{1,200}\z")]
    private static partial Regex DocumentIdPattern();

    [GeneratedRegex(@"^[0-9a-f]{16}(-[0-9]{1,6})?\z")]
    private static partial Regex ClaimIdPattern();
}
