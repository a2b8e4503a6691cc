using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Symbols;

/// <summary>
/// UN document symbols other than resolutions: <c>S/2020/1070</c>, <c>A/75/123</c>,
/// <c>A/HRC/45/L.1</c>, <c>S/PRST/2014/16</c>, <c>E/CN.4/1998/53</c>. A symbol starts with a UN
/// series and holds a number; fractions and dates ("12/16") have no series and never match.
/// </summary>
internal sealed partial class UnDocumentRecognizer : ICitationRecognizer
{
    public static readonly UnDocumentRecognizer Instance = new();

    public string Finds => "UN document symbols";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        foreach (Match match in Symbol().Matches(text))
        {
            var symbol = match.Value.TrimEnd('.', '-');
            if (symbol.StartsWith("S/RES/", StringComparison.Ordinal) || symbol.StartsWith("A/RES/", StringComparison.Ordinal))
            {
                continue;
            }
            yield return new FoundCitation(CitationKind.UnDocument, symbol, match.Index, match.Index + symbol.Length, UnDocumentLinks.For(symbol));
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\d/])(?:A|S|E|ST|T|DP|TD|UNEP|CCPR|CAT|CEDAW|CERD|CRC|CRPD|ICEF|UNW)/(?:[A-Z0-9.\-]{1,12}/){0,5}[A-Z.\-]{0,6}\d[A-Z0-9.\-]{0,12}(?![\p{L}\d/])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Symbol();
}
