using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Citations.Links;

/// <summary>Web addresses and DOIs. A DOI is linked through doi.org whether written bare or as a doi.org address.</summary>
internal sealed partial class LinkRecognizer : ICitationRecognizer
{
    public static readonly LinkRecognizer Instance = new();

    public string Finds => "links";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        var text = input.Text;
        var dois = new List<FoundCitation>();
        foreach (Match match in Doi().Matches(text))
        {
            var doi = Trim(match.Groups["doi"].Value);
            var end = match.Groups["doi"].Index + doi.Length;
            dois.Add(new FoundCitation(CitationKind.Other, $"doi:{doi}", match.Index, end, $"https://doi.org/{doi}"));
        }
        foreach (Match match in Url().Matches(text))
        {
            var url = Trim(match.Value);
            var citation = new FoundCitation(CitationKind.Url, url, match.Index, match.Index + url.Length, url);
            if (!dois.Any(citation.Overlaps))
            {
                yield return citation;
            }
        }
        foreach (var doi in dois)
        {
            yield return doi;
        }
    }

    /// <summary>Sentence punctuation after an address belongs to the sentence; a closing bracket only if it opened outside.</summary>
    private static string Trim(string link)
    {
        var end = link.Length;
        while (end > 0 && (link[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '’' ||
                           (link[end - 1] == ')' && link.AsSpan(0, end).Count('(') < link.AsSpan(0, end).Count(')'))))
        {
            end--;
        }
        return link[..end];
    }

    [GeneratedRegex(@"\bhttps?://[^\s<>""“”«»]{2,2000}", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Url();

    [GeneratedRegex(@"(?:\bdoi:\s*|\bhttps?://(?:dx\.)?doi\.org/)?(?<doi>\b10\.\d{4,9}/[^\s<>""“”«»]{1,300})", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Doi();
}
