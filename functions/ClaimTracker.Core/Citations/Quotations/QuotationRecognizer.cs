using System.Text.RegularExpressions;
using ClaimTracker.Core.Citations.Dates;

namespace ClaimTracker.Core.Citations.Quotations;

/// <summary>
/// The quoted words a unit holds (the first quotation, or the whole unit inside a longer one),
/// cited as its speaker's (Attribution names the speaker), with the date the unit gives them.
/// </summary>
internal sealed partial class QuotationRecognizer : ICitationRecognizer
{
    public static readonly QuotationRecognizer Instance = new();

    public string Finds => "quotations";

    public IEnumerable<FoundCitation> Recognize(CitationInput input)
    {
        if (input.Context.Speaker is not { } speaker)
        {
            yield break;
        }
        var text = input.Text;
        var quoted = QuotedWords().Match(text);
        var (start, end) = quoted.Success ? (quoted.Index, quoted.Index + quoted.Length) : OpenQuotation(text);
        var contextYear = input.Context.Year;
        var dated = input.Dates.FirstOrDefault(d => d.Day is not null && (d.Year ?? contextYear) is not null);
        var canonical = dated.End > 0 ? $"{speaker} {dated.Iso(dated.Year ?? contextYear!.Value)}" : speaker;
        yield return new FoundCitation(CitationKind.Quotation, canonical, start, end, null);
    }

    /// <summary>In a sentence of a longer quotation: from its opening mark to the end, or from the start to its closing mark.</summary>
    private static (int Start, int End) OpenQuotation(string text)
    {
        var open = text.IndexOfAny(['“', '«']);
        var close = text.LastIndexOfAny(['”', '»']);
        var straight = text.IndexOf('"', StringComparison.Ordinal);
        if (open < 0 && straight > 0 && char.IsWhiteSpace(text[straight - 1]))
        {
            open = straight;
        }
        if (close < 0 && straight >= 0 && open != straight)
        {
            close = straight;
        }
        return open >= 0 ? (open, text.Length) : close >= 0 ? (0, close + 1) : (0, text.Length);
    }

    [GeneratedRegex(@"[“""«][^“”""«»]{1,2000}[”""»]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedWords();
}
