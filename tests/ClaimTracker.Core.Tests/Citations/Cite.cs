using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Citations;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Tests.Citations;

/// <summary>
/// Factories for expected citations, eyecite style: a test case is a text and what it cites,
/// written <c>Cite.Unsc(822, 1993)</c> rather than by hand. <see cref="Check"/> compares every
/// field: kind, canonical, link, warnings, and where a case names the words (<c>.At("…")</c>),
/// the surface and its span in the text.
/// </summary>
public static class Cite
{
    /// <summary>One factory a kind, so a new kind cannot be left without one (see CitationKindTests).</summary>
    public static readonly IReadOnlyDictionary<CitationKind, Func<string, Expected>> ByKind = new Dictionary<CitationKind, Func<string, Expected>>
    {
        [CitationKind.UnscResolution] = c => new(CitationKind.UnscResolution, c, Undocs(c)),
        [CitationKind.UngaResolution] = c => new(CitationKind.UngaResolution, c, Undocs(c)),
        [CitationKind.UngaSession] = c => new(CitationKind.UngaSession, c),
        [CitationKind.UnDocument] = c => new(CitationKind.UnDocument, c, Undocs(c)),
        [CitationKind.Treaty] = c => new(CitationKind.Treaty, c),
        [CitationKind.OfficialStatement] = c => new(CitationKind.OfficialStatement, c),
        [CitationKind.Event] = c => new(CitationKind.Event, c),
        [CitationKind.Quotation] = c => new(CitationKind.Quotation, c),
        [CitationKind.CourtCase] = c => new(CitationKind.CourtCase, c),
        [CitationKind.Url] = c => new(CitationKind.Url, c, c),
        [CitationKind.Other] = c => new(CitationKind.Other, c),
    };

    public static Expected Unsc(int number, int year) => ByKind[CitationKind.UnscResolution]($"S/RES/{number} ({year})");

    public static Expected Unga(string symbol) => ByKind[CitationKind.UngaResolution](symbol);

    public static Expected Session(int number) => ByKind[CitationKind.UngaSession]($"UNGA {number}");

    public static Expected Session(string label) => ByKind[CitationKind.UngaSession]($"UNGA {label}");

    public static Expected Document(string symbol) => ByKind[CitationKind.UnDocument](symbol);

    public static Expected Other(string canonical) => ByKind[CitationKind.Other](canonical);

    public static Expected Treaty(string canonical) => ByKind[CitationKind.Treaty](canonical);

    public static Expected Event(string canonical) => ByKind[CitationKind.Event](canonical);

    public static Expected Statement(string canonical) => ByKind[CitationKind.OfficialStatement](canonical);

    public static Expected Case(string canonical) => ByKind[CitationKind.CourtCase](canonical);

    public static Expected Link(string url) => ByKind[CitationKind.Url](url);

    public static Expected Quotation(string speaker) => ByKind[CitationKind.Quotation](speaker);

    /// <summary>Every field of what <paramref name="text"/> cites, in text order, against <paramref name="expected"/>.</summary>
    public static void Check(string text, params Expected[] expected) => Check(text, CitationContext.None, expected);

    public static void Check(string text, CitationContext context, params Expected[] expected) =>
        Compare(text, All(text, context), expected);

    /// <summary>
    /// The citations of a whole small document, unit by unit, as analyze gives them (so with its
    /// document citation context): every citation of every unit in reading order.
    /// </summary>
    public static void CheckDocument(string document, params Expected[] expected)
    {
        var analysis = DocumentAnalyzer.Analyze(document);
        Compare(document, analysis.Units.SelectMany(u => u.Citations).ToArray(), expected);
    }

    /// <summary>What the recogniser finds in <paramref name="text"/>, as "kind canonical" strings in text order.</summary>
    public static string[] In(string text, CitationContext? context = null) =>
        All(text, context).Select(c => $"{WireNames.Of(c.Kind)} {c.Canonical}").ToArray();

    public static IReadOnlyList<Citation> All(string text, CitationContext? context = null) =>
        CitationRecognizer.Recognize(Verbatim(text), context ?? CitationContext.None).Citations;

    public static MappedText Verbatim(string text) => new(text, [new TextPiece(0, 0, text.Length)]);

    private static void Compare(string source, IReadOnlyList<Citation> actual, Expected[] expected)
    {
        Assert.Equal(expected.Select(e => $"{WireNames.Of(e.Kind)} {e.Canonical}"), actual.Select(c => $"{WireNames.Of(c.Kind)} {c.Canonical}"));
        for (var i = 0; i < expected.Length; i++)
        {
            var (e, c) = (expected[i], actual[i]);
            Assert.Equal(e.Url, c.Url);
            Assert.Equal(e.Warnings, c.Warnings);
            // Every span points at the words it cites in the text (where a line was joined, across the break).
            Assert.Equal(Squash(c.Surface), Squash(source[c.Span.Start..c.Span.End]));
            if (e.Surface is { } surface)
            {
                Assert.Equal(surface, c.Surface);
            }
        }
    }

    /// <summary>Text as the eye reads it across a line break: no whitespace, no hyphen a break may have dropped.</summary>
    private static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '-'));

    private static string Undocs(string symbol) => "https://undocs.org/en/" + symbol.Replace(" (", "(", StringComparison.Ordinal);

    /// <summary>An expected citation; <see cref="At"/> and <see cref="Warning"/> add what a case wants checked too.</summary>
    public sealed record Expected(CitationKind Kind, string Canonical, string? Url = null)
    {
        public string? Surface { get; init; }

        public IReadOnlyList<string> Warnings { get; init; } = [];

        public Expected At(string surface) => this with { Surface = surface };

        public Expected Warning(string warning) => this with { Warnings = [.. Warnings, warning] };

        public override string ToString() => $"{WireNames.Of(Kind)} {Canonical}";

        /// <summary>The "kind canonical" string that <see cref="In"/> returns, for tables that compare only those.</summary>
        public static implicit operator string(Expected expected) => expected.ToString();
    }
}
