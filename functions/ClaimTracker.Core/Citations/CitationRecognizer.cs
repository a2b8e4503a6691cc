using System.Text.RegularExpressions;
using ClaimTracker.Core.Citations.Cases;
using ClaimTracker.Core.Citations.Dates;
using ClaimTracker.Core.Citations.Instruments;
using ClaimTracker.Core.Citations.Links;
using ClaimTracker.Core.Citations.Quotations;
using ClaimTracker.Core.Citations.Resolutions;
using ClaimTracker.Core.Citations.Sessions;
using ClaimTracker.Core.Citations.Symbols;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Citations;

/// <summary>
/// Finds what a unit cites, in the manner of eyecite: the recognisers of <see cref="Precedence"/>
/// find citations in the unit's citation text (<see cref="CitationText"/>), resolving short forms
/// against the unit and the document (<see cref="CitationContext"/>); where two overlap, the one
/// earlier in the table wins; spans are mapped back through the unit's pieces so every citation
/// points into the extracted text. Every regex is source-generated with a timeout: a recogniser
/// that runs out of time on hostile text keeps what it found, the others still run, and the unit
/// carries a warning that some citations may be missing.
/// </summary>
public static class CitationRecognizer
{
    /// <summary>
    /// A unit citing more sources than this is a list, not a claim; the rest are left out so
    /// that a unit's citations always fit one table row.
    /// </summary>
    public const int MaxCitationsPerUnit = 100;

    /// <summary>Candidates kept before a unit is taken for a list: enough for every kind to have its place among the first <see cref="MaxCitationsPerUnit"/>.</summary>
    private const int MaxCandidates = 4 * MaxCitationsPerUnit;

    /// <summary>What to do with a citation that overlaps one found by a recogniser higher in the table.</summary>
    internal enum OnOverlap
    {
        /// <summary>Leave it out: the same words already cite something more specific.</summary>
        Drop,

        /// <summary>Cite it by its narrowest span if that is free: "75th session … on 24 September 2021" still dates an event.</summary>
        Narrow,

        /// <summary>Keep it: a quotation overlaps what it quotes, and is a different thing to cite.</summary>
        Keep,
    }

    /// <summary>Identifiers first, then names, then what a date or a quotation implies.</summary>
    private static readonly (ICitationRecognizer Recognizer, OnOverlap Overlap)[] Precedence =
    [
        (ResolutionRecognizer.Instance, OnOverlap.Drop),
        (UnDocumentRecognizer.Instance, OnOverlap.Drop),
        (AssemblySessionRecognizer.Instance, OnOverlap.Drop),
        (LinkRecognizer.Instance, OnOverlap.Drop),
        (CourtCaseRecognizer.Instance, OnOverlap.Drop),
        (CourtDecisionRecognizer.Instance, OnOverlap.Drop),
        (DatedSourceRecognizer.Instance, OnOverlap.Narrow),
        (InstrumentRecognizer.Instance, OnOverlap.Drop),
        (QuotationRecognizer.Instance, OnOverlap.Keep),
    ];

    public static UnitCitations Recognize(MappedText content) => Recognize(content, CitationContext.None);

    public static UnitCitations Recognize(MappedText content, CitationContext context) => Recognize(content, context, Precedence);

    /// <summary>With another table of recognisers: for tests of what happens when one fails.</summary>
    internal static UnitCitations Recognize(MappedText content, CitationContext context, IReadOnlyList<(ICitationRecognizer Recognizer, OnOverlap Overlap)> precedence)
    {
        var view = CitationText.Of(content.Text);
        var warnings = new List<string>();
        var found = new List<FoundCitation>();
        var input = new CitationInput(view.Text, context, found.AsReadOnly());
        var taken = new SpanSet();
        foreach (var (recognizer, overlap) in precedence)
        {
            try
            {
                foreach (var candidate in recognizer.Recognize(input))
                {
                    if (Place(candidate, overlap, taken) is { } placed)
                    {
                        found.Add(placed);
                        taken.Add(placed.Start, placed.Extent);
                    }
                    if (found.Count >= MaxCandidates)
                    {
                        // A list, not a claim: what is kept already fills the row.
                        break;
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                warnings.Add(TimedOut(recognizer.Finds));
            }
        }

        var citations = new List<(int Start, FoundCitation Found)>();
        foreach (var citation in found)
        {
            var (start, end) = view.ToUnit(citation.Start, citation.End);
            citations.Add((start, citation with { Start = start, End = end }));
        }
        // A link's address is not in the text: its words cite it (they may cite something else too).
        citations.AddRange(context.Links.Select(link => (link.Start, new FoundCitation(CitationKind.Url, link.Url, link.Start, link.End, link.Url))));
        return new UnitCitations(
            citations
                .OrderBy(c => c.Start).ThenBy(c => c.Found.Kind).Take(MaxCitationsPerUnit)
                .Select(c => new Citation(c.Found.Kind, c.Found.Canonical, content.Text[c.Found.Start..c.Found.End], content.ToSource(c.Found.Start, c.Found.End) ?? new TextSpan(0, 0), c.Found.Url, c.Found.Warnings))
                .ToArray(),
            warnings);
    }

    /// <summary>The candidate as it may join what was found before it (its own recogniser's earlier finds included), or null.</summary>
    private static FoundCitation? Place(FoundCitation candidate, OnOverlap overlap, SpanSet taken)
    {
        if (overlap == OnOverlap.Keep || !taken.Overlaps(candidate.Start, candidate.End))
        {
            return candidate;
        }
        return overlap == OnOverlap.Narrow && candidate.Narrowest is { } narrow && !taken.Overlaps(narrow.Start, narrow.End)
            ? candidate with { Start = narrow.Start, End = narrow.End }
            : null;
    }

    private static string TimedOut(string what) =>
        $"The {what} in this unit could not all be read: the text is built in a way the pattern matcher gives up on; some citations may be missing.";
}
