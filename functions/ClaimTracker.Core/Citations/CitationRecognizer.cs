using System.Text.RegularExpressions;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// Finds what a unit cites, in the manner of eyecite: typed recognisers find citation tokens
/// in the repaired text, each resolving its own context (a list's year, the year the document is
/// about, reference data, the unit's speaker); overlaps are settled by precedence; the spans are
/// mapped back through the unit's pieces so every citation points into the extracted text.
/// Every regex is source-generated with a timeout, so hostile input costs little.
/// </summary>
public static partial class CitationRecognizer
{
    /// <summary>
    /// A unit citing more sources than this is a list, not a claim; the rest are left out so
    /// that a unit's citations always fit one table row.
    /// </summary>
    public const int MaxCitationsPerUnit = 100;

    public static IReadOnlyList<Citation> Recognize(MappedText content) => Recognize(content, CitationContext.None);

    public static IReadOnlyList<Citation> Recognize(MappedText content, CitationContext context)
    {
        var text = content.Text;
        var found = new List<FoundCitation>();
        void Add(IEnumerable<FoundCitation> candidates)
        {
            foreach (var candidate in candidates)
            {
                if (!found.Any(candidate.Overlaps))
                {
                    found.Add(candidate);
                }
            }
        }

        try
        {
            var dates = EnglishDates.Find(text);
            // Precedence: identifiers first, then names, then what a date or a quotation implies.
            Add(ResolutionRecognizer.Recognize(text));
            Add(UnDocumentRecognizer.Recognize(text));
            Add(AssemblySessionRecognizer.Recognize(text, dates, context.Year));
            Add(LinkRecognizer.Recognize(text));
            Add(CourtCaseRecognizer.Recognize(text));
            // A dated source whose name overlaps a stronger citation ("75th session … on 24 September
            // 2021") is still cited by its date alone.
            Add(DatedSourceRecognizer.Recognize(text, dates, context.Year).Select(source => found.Any(source.Overlaps)
                ? dates.FirstOrDefault(d => d.Start >= source.Start && d.End <= source.End) is { End: > 0 } date ? source with { Start = date.Start, End = date.End } : source
                : source));
            Add(InstrumentRecognizer.Recognize(text));
            if (context.Speaker is { } speaker)
            {
                // A quotation overlaps what it quotes; it is a different thing to cite.
                found.Add(Quotation(text, speaker, dates, context.Year));
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // Input built to make a pattern backtrack: keep what was found before it.
        }

        var citations = new List<Citation>();
        foreach (var citation in found.OrderBy(c => c.Start).ThenBy(c => c.Kind).Take(MaxCitationsPerUnit))
        {
            var span = content.ToSource(citation.Start, citation.End) ?? new TextSpan(0, 0);
            citations.Add(new Citation(citation.Kind, citation.Canonical, text[citation.Start..citation.End], span, citation.Url, citation.Warnings));
        }
        return citations;
    }

    /// <summary>
    /// The quoted words the unit holds (the first quotation, or the whole unit inside a longer
    /// one), cited as the speaker's, with the date the unit gives them.
    /// </summary>
    private static FoundCitation Quotation(string text, string speaker, IReadOnlyList<DateMention> dates, int? contextYear)
    {
        var quoted = QuotedWords().Match(text);
        var (start, end) = quoted.Success ? (quoted.Index, quoted.Index + quoted.Length) : OpenQuotation(text);
        var dated = dates.FirstOrDefault(d => d.Day is not null && (d.Year ?? contextYear) is not null);
        var canonical = dated.End > 0 ? $"{speaker} {dated.Iso(dated.Year ?? contextYear!.Value)}" : speaker;
        return new FoundCitation(CitationKind.Quotation, canonical, start, end, null);
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
