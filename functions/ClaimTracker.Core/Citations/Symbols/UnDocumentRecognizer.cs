using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Symbols;

/// <summary>
/// UN document symbols other than resolutions: <c>S/2020/1070</c>, <c>A/75/123</c>,
/// <c>A/HRC/45/L.1</c>, <c>S/PRST/2014/16</c>, <c>E/CN.4/1998/53</c>, with the addenda, revisions and
/// corrigenda the UN writes in mixed case (<c>A/78/L.20/Add.1</c>, <c>A/77/3/Rev.1</c>). A symbol starts
/// with a UN series and holds a number; fractions and dates ("12/16") have no series and never
/// match. A joint symbol (<c>A/77/72-E/2022/50</c>) is two documents.
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
            var start = match.Index;
            foreach (var part in JointSymbol().Split(match.Value))
            {
                var symbol = part.TrimEnd('.', '-');
                if (!symbol.StartsWith("S/RES/", StringComparison.OrdinalIgnoreCase) && !symbol.StartsWith("A/RES/", StringComparison.OrdinalIgnoreCase))
                {
                    yield return new FoundCitation(CitationKind.UnDocument, symbol, start, start + symbol.Length, UnDocumentLinks.For(symbol));
                }
                start += part.Length + 1;
            }
        }
    }

    /// <summary>A series, segments of capitals and digits, a number, and mixed-case addenda; also glued to a lowercase word before it ("seeS/2023/492").</summary>
    [GeneratedRegex(@"(?<![\p{Lu}\d/])(?:A|S|E|ST|T|DP|TD|UNEP|CCPR|CAT|CEDAW|CERD|CRC|CRPD|ICEF|UNW)/(?:[A-Z0-9.\-]{1,12}/){0,5}[A-Z.\-]{0,6}\d[A-Z0-9.\-]{0,12}(?:/(?:Add|Rev|Corr|Amend|Suppl)\.\d{1,3})*(?![\p{L}\d/])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Symbol();

    /// <summary>The hyphen between the two symbols of a joint document: <c>A/77/72-E/2022/50</c>.</summary>
    [GeneratedRegex(@"-(?=(?:A|S|E)/[A-Z0-9])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JointSymbol();
}
