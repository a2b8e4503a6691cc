using System.Text.RegularExpressions;
using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// Security Council and General Assembly resolutions, by symbol (<c>S/RES/2334 (2016)</c>,
/// <c>A/RES/62/243</c>, <c>A/RES/ES-10/21</c>, <c>A/RES/3379 (XXX)</c>) and in prose
/// (<c>resolutions 242 (1967) and 338 (1973)</c>, <c>UNSCR 425</c>, <c>resolution 62/243</c>,
/// <c>Resolutions 822, 853, 874 and 884 adopted in 1993</c>). Every number of a list is its
/// own citation and takes the year stated for the list. The body is the one named nearest
/// before the list or right after it; resolutions of other bodies (<c>PACE Resolution 1416</c>)
/// are kept as <see cref="CitationKind.Other"/>, never taken for UN ones.
/// </summary>
internal static partial class ResolutionRecognizer
{
    /// <summary>How far before a resolution list to look for the body that adopted it.</summary>
    private const int BodyLookBehind = 100;

    private enum Body { None, SecurityCouncil, GeneralAssembly, Other }

    public static IEnumerable<FoundCitation> Recognize(string text)
    {
        var found = new List<FoundCitation>();
        foreach (Match m in SecurityCouncilSymbol().Matches(text))
        {
            var year = m.Groups["year"];
            found.Add(SecurityCouncil(m.Groups["num"].Value, year.Success ? year.Value : null, m.Index, m.Index + m.Length));
        }
        foreach (Match m in GeneralAssemblySymbol().Matches(text))
        {
            var symbol = m.Groups["session"].Success
                ? $"A/RES/{m.Groups["session"].Value}/{m.Groups["num"].Value}"
                : $"A/RES/{m.Groups["num"].Value} ({m.Groups["roman"].Value})";
            found.Add(new FoundCitation(CitationKind.UngaResolution, symbol, m.Index, m.Index + m.Length, UnDocumentLinks.For(symbol)));
        }
        // A bare "resolution 242" after "the Council adopted resolution 338 (1973)" is the same body's.
        var lastBody = Body.None;
        foreach (Match list in ResolutionList().Matches(text))
        {
            foreach (var (citation, body) in FromList(text, list, lastBody))
            {
                lastBody = body;
                if (!found.Any(citation.Overlaps))
                {
                    found.Add(citation);
                }
            }
        }
        if (found.Any(f => f.Kind == CitationKind.UnscResolution) && lastBody == Body.None)
        {
            lastBody = Body.SecurityCouncil;
        }
        return found;
    }

    private static IEnumerable<(FoundCitation Citation, Body Body)> FromList(string text, Match list, Body inherited)
    {
        var keyword = list.Groups["keyword"];
        var items = list.Groups["list"];
        var after = text.AsSpan(list.Index + list.Length);
        var listYear = ListYear().Match(text, list.Index + list.Length, Math.Min(after.Length, 60));
        var (body, bodyName) = keyword.Value.StartsWith("UNSC", StringComparison.OrdinalIgnoreCase)
            ? (Body.SecurityCouncil, "Security Council")
            : BodyAround(text, list);
        if (body == Body.None && inherited == Body.SecurityCouncil)
        {
            (body, bodyName) = (Body.SecurityCouncil, "Security Council");
        }

        var first = true;
        foreach (Match item in ListItem().Matches(items.Value))
        {
            var start = first ? keyword.Index : items.Index + item.Index;
            var end = items.Index + item.Index + item.Length;
            first = false;

            var number = item.Groups["num"].Value;
            var year = item.Groups["year"].Success ? item.Groups["year"].Value
                : listYear.Success ? listYear.Groups["year"].Value
                : null;
            var roman = item.Groups["roman"].Success ? item.Groups["roman"].Value : null;

            var citation = body switch
            {
                Body.Other => new FoundCitation(CitationKind.Other, $"{bodyName} Resolution {number}", start, end, null),
                _ when number.Contains('/') => GeneralAssembly($"A/RES/{number}", start, end),
                _ when roman is not null => GeneralAssembly($"A/RES/{number} ({roman})", start, end),
                Body.GeneralAssembly => new FoundCitation(CitationKind.UngaResolution, $"A/RES/{number}", start, end, null),
                Body.SecurityCouncil => SecurityCouncil(number, year, start, end),
                _ when year is not null => SecurityCouncil(number, year, start, end),
                _ => null,
            };
            if (citation is not null)
            {
                yield return (citation, citation.Kind == CitationKind.UnscResolution ? Body.SecurityCouncil : body);
            }
        }
    }

    /// <summary>
    /// A Security Council resolution, with the year it was adopted: from the reference data where
    /// the number is known (a different year in the text becomes a warning), else as written.
    /// </summary>
    private static FoundCitation SecurityCouncil(string number, string? stated, int start, int end)
    {
        var adopted = int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? SecurityCouncilResolutions.YearOf(n)
            : null;
        var year = adopted?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? stated;
        var symbol = year is null ? $"S/RES/{number}" : $"S/RES/{number} ({year})";
        var citation = new FoundCitation(CitationKind.UnscResolution, symbol, start, end, UnDocumentLinks.For(symbol));
        return adopted is { } actual && stated is not null && stated != year
            ? citation with { Warnings = [$"Security Council resolution {number} was adopted in {actual}; the text gives {stated}."] }
            : citation;
    }

    private static FoundCitation GeneralAssembly(string symbol, int start, int end) =>
        new(CitationKind.UngaResolution, symbol, start, end, UnDocumentLinks.For(symbol));

    /// <summary>The body named right after the list (<c>… of the Security Council</c>), else the nearest one before it.</summary>
    private static (Body, string) BodyAround(string text, Match list)
    {
        var following = FollowingBody().Match(text, list.Index + list.Length, Math.Min(text.Length - list.Index - list.Length, 60));
        if (following.Success)
        {
            return Classify(following);
        }
        var from = Math.Max(0, list.Index - BodyLookBehind);
        Match? nearest = null;
        foreach (Match m in BodyName().Matches(text[from..list.Index]))
        {
            nearest = m;
        }
        return nearest is null ? (Body.None, string.Empty) : Classify(nearest);
    }

    private static (Body, string) Classify(Match m) =>
        m.Groups["sc"].Success ? (Body.SecurityCouncil, "Security Council")
        : m.Groups["ga"].Success ? (Body.GeneralAssembly, "General Assembly")
        : (Body.Other, Regex.Replace(m.Groups["other"].Value, @"\s+", " "));

    [GeneratedRegex(@"\bS/RES/(?<num>\d{1,5})(?:\s*\((?<year>(?:19|20)\d{2})\))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SecurityCouncilSymbol();

    [GeneratedRegex(@"\bA/RES/(?:(?<session>(?:ES-)?\d{1,3})/(?<num>\d{1,4})|(?<num>\d{1,4})\s*\((?<roman>[IVXL]{1,8})\))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GeneralAssemblySymbol();

    /// <summary><c>resolution 242 (1967)</c>, <c>Resolutions 822, 853, 874 and 884</c>, <c>UNSCR 425</c>, <c>resolution No. 10/11</c>.</summary>
    [GeneratedRegex(@"\b(?<keyword>UNSCR?s?|UNSC\s+[Rr]esolutions?|[Rr]esolutions?|RESOLUTIONS?|Res\.)\s+(?:Nos?\.?\s*|number\s+)?(?<list>\d{1,5}(?:/\d{1,5})?(?:\s*\((?:\d{4}|[IVXL]{1,8})\))?(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)\d{1,5}(?:/\d{1,5})?(?:\s*\((?:\d{4}|[IVXL]{1,8})\))?)*)(?![\d/])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResolutionList();

    [GeneratedRegex(@"(?<num>\d{1,5}(?:/\d{1,5})?)(?:\s*\((?:(?<year>(?:19|20)\d{2})|(?<roman>[IVXL]{1,8}))\))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListItem();

    /// <summary>The year stated for a whole list: <c>adopted in 1993</c>, <c>of 1999</c>, <c>adopted on 29 November 1990</c>.</summary>
    [GeneratedRegex(@"\G\s*,?\s*(?:(?:which|that)\s+(?:were|was)\s+)?(?:(?:(?:unanimously\s+)?(?:adopted|passed|approved)\s+)?(?:in|of)|(?:unanimously\s+)?(?:adopted|passed|approved)\s+on\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},)?)\s+(?<year>(?:19|20)\d{2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListYear();

    [GeneratedRegex(@"\G\s*(?:\((?:19|20)\d{2}\)\s*)?(?:of|by)\s+the\s+(?:(?:UN|United\s+Nations)\s+)?(?:(?<sc>Security\s+Council)|(?<ga>General\s+Assembly))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FollowingBody();

    [GeneratedRegex(@"\b(?:(?<sc>Security\s+Council|UNSC|UN\s+SC)|(?<ga>General\s+Assembly|UNGA|UN\s+GA)|(?<other>PACE|Parliamentary\s+Assembly(?:\s+of\s+the\s+Council\s+of\s+Europe)?|OIC|Organi[sz]ation\s+of\s+(?:the\s+)?Islamic\s+Co-?operation|European\s+Parliament|Human\s+Rights\s+Council|Committee\s+of\s+Ministers|OSCE|NATO|African\s+Union|Arab\s+League|European\s+Council|Congress|Senate|House\s+of\s+\w+|Parliament|Knesset|Duma|Verkhovna\s+Rada|Milli\s+Majlis))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BodyName();
}
