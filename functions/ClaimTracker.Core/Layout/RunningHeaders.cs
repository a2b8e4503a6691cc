using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ClaimTracker.Core.Text;

namespace ClaimTracker.Core.Layout;

/// <summary>
/// Finds running headers and footers: short, unpunctuated lines that recur once a page. At a
/// page's edge (a blank line or a page break beside it) recurrence is evidence enough. Text
/// extracted without page breaks (verbatim records, many PDFs) leaves them inside paragraphs,
/// often inside a sentence, where a repeated short line may as well be a speaker's name, a
/// refrain or a subhead; there it is furniture only when it also behaves like a page header:
/// <code>
///   the committee adopted the report of its working group, and
///   12 Conference on Coastal Waters - Third meeting
///   the delegations then turned to the budget
/// </code>
/// it stands inside a sentence on at least one page, and carries a page number that grows from
/// page to page, or takes turns with another such line (odd and even pages), or stands beside
/// such a line on every page (a header of two lines).
/// </summary>
internal static partial class RunningHeaders
{
    /// <summary>A running header or footer is short, unpunctuated, and repeats at least this often.</summary>
    private const int Repeats = 3;

    private const int MaxWords = 12;

    /// <summary>Running headers recur once a page: at least this many lines apart on average.</summary>
    private const int MinLinesPerPage = 8;

    /// <summary>The first showing of a repeated line among this many non-blank lines is the title, not furniture.</summary>
    private const int TitleLines = 8;

    private static readonly char[] NumberChars = [' ', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '/', '.', '-', '(', ')'];

    /// <summary>The first pages' words, where a page header's title is looked for.</summary>
    private const int FrontLines = 40;

    /// <summary>A page number grows by one a page, two where odd and even pages carry different headers, more where a page has none (a chapter's opening page).</summary>
    private const int MaxPagesPerStep = 3;

    /// <summary>Furniture comes in runs of at most this many lines (a page number, a header of two lines), passed over to find the text around them.</summary>
    private const int MaxFurnitureRun = 3;

    /// <summary>Line numbers of running headers and footers. A first showing near the top is the title and stays.</summary>
    public static HashSet<int> Find(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines)
    {
        var atEdges = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var anywhere = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var nonBlank = new List<int>();
        var position = new int[lines.Count];
        for (var n = 0; n < lines.Count; n++)
        {
            var span = lines[n].Span;
            if (span.Length == 0)
            {
                continue;
            }
            position[n] = nonBlank.Count;
            nonBlank.Add(n);
            var line = text.AsSpan(span.Start, span.Length);
            if (span.Length < 3 || CountWords(line) > MaxWords || !HasLetter(line) || TextChars.IsSentenceTerminator(line[^1]))
            {
                continue;
            }
            var key = HeaderKey(line);
            if (AtEdge(lines, n))
            {
                Showings(atEdges, key).Add(n);
            }
            if (!IntroducesWhatFollows(line))
            {
                Showings(anywhere, key).Add(n);
            }
        }

        var titleArea = nonBlank.Count > TitleLines ? nonBlank[TitleLines - 1] : int.MaxValue;
        // Once a page, not every other line: a frequent "header" that is a fifth of the text is the text.
        // Pages are more than a few lines long: speaker labels in a transcript repeat, but closer together.
        bool Recurs(List<int> at) =>
            at.Count >= Repeats && (at.Count <= 10 || at.Count <= nonBlank.Count / 5) &&
            (position[at[^1]] - position[at[0]]) / (double)(at.Count - 1) >= MinLinesPerPage;
        int[] OutsideTitle(List<int> at) => (at[0] <= titleArea ? at.Skip(1) : at).ToArray();

        var furniture = new HashSet<int>();
        foreach (var at in atEdges.Values.Where(Recurs))
        {
            furniture.UnionWith(OutsideTitle(at));
        }

        // Inside the text a line must show on three pages; where the first page's showing is at the
        // top (the title, or the first page's own header), two more are enough: a short record has three pages.
        var recurring = anywhere.Values.Where(Recurs).Select(OutsideTitle).Where(p => p.Length >= Repeats - 1).ToList();
        var showings = recurring.SelectMany((at, group) => at.Select(n => (Line: n, Group: group))).OrderBy(s => s.Line).ToArray();
        var isShowing = showings.Select(s => s.Line).ToHashSet();
        bool IsFurnitureLike(int n) => isShowing.Contains(n) || IsPageNumber(text, lines[n].Span);
        var interrupts = recurring.Select(at => at.Any(n => InterruptsSentence(text, lines, n, IsFurnitureLike))).ToArray();

        for (var group = 0; group < recurring.Count; group++)
        {
            var at = recurring[group];
            if (interrupts[group] && CarriesPageNumber(text, lines, at))
            {
                furniture.UnionWith(at);
            }
            // The recurring line printed next after this one's first showing is its odd- or even-page partner, if any.
            var next = Array.BinarySearch(showings, (at[0], group)) + 1;
            if (next < showings.Length && showings[next].Group is var partner && partner != group &&
                TakeTurns(at, recurring[partner], position) && (interrupts[group] || interrupts[partner]))
            {
                furniture.UnionWith(at);
                furniture.UnionWith(recurring[partner]);
            }
        }
        // A header of two lines: the one without the number is beside the one with it on every page.
        for (var pass = 1; pass < MaxFurnitureRun; pass++)
        {
            for (var group = 0; group < recurring.Count; group++)
            {
                var at = recurring[group];
                if (interrupts[group] && !furniture.Contains(at[0]) && at.All(n => furniture.Contains(n - 1) || furniture.Contains(n + 1)))
                {
                    furniture.UnionWith(at);
                }
            }
        }
        furniture.UnionWith(OwnIdentifierLines(text, lines, nonBlank));
        furniture.UnionWith(SymbolLines(text, lines, nonBlank, position, titleArea));
        furniture.UnionWith(nonBlank.Where(n => JobNumberLine().IsMatch(text.AsSpan(lines[n].Span.Start, lines[n].Span.Length))));
        return furniture;
    }

    /// <summary>
    /// A record's symbol on a line of its own, bare or with its page number or what marks a resumed
    /// meeting, printed atop two or more pages: "A/46/PV.7", "24 A/46/PV.7", "S/PV.8700 (Resumption 1)".
    /// No page number need grow: the same symbol alone on a line a page apart is no sentence of
    /// anyone's, where different symbols one a line are a list of documents.
    /// </summary>
    private static IEnumerable<int> SymbolLines(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, List<int> nonBlank, int[] position, int titleArea)
    {
        var bySymbol = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var n in nonBlank)
        {
            var match = SymbolLine().Match(text, lines[n].Span.Start, lines[n].Span.Length);
            if (match.Success && IsIdentifier(match.Groups["symbol"].Value))
            {
                Showings(bySymbol, match.Groups["symbol"].Value).Add(n);
            }
        }
        foreach (var at in bySymbol.Values)
        {
            if (at.Count >= 2 && (position[at[^1]] - position[at[0]]) / (double)(at.Count - 1) >= MinLinesPerPage)
            {
                foreach (var n in at[0] <= titleArea ? at.Skip(1) : at)
                {
                    yield return n;
                }
            }
        }
    }

    /// <summary>
    /// A document's own identifier, printed on its first page ("United Nations S/RES/2734 (2024)"),
    /// opening a later line that holds nothing else but words of the first pages and a date or page
    /// number: the page header of every page after the first, however few pages there are.
    /// <code>
    ///   A/RES/78/84 Peaceful settlement of the question of Palestine
    ///   S/PV.9586 The situation in the Middle East 25/03/2024
    /// </code>
    /// </summary>
    private static IEnumerable<int> OwnIdentifierLines(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, List<int> nonBlank)
    {
        var identifiers = nonBlank.Take(TitleLines)
            .SelectMany(n => text.Substring(lines[n].Span.Start, lines[n].Span.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(IsIdentifier)
            .ToHashSet(StringComparer.Ordinal);
        if (identifiers.Count == 0)
        {
            yield break;
        }
        foreach (var n in nonBlank.Skip(TitleLines))
        {
            var line = text.Substring(lines[n].Span.Start, lines[n].Span.Length).Trim();
            var first = line.Split(' ', 2);
            if (!identifiers.Contains(first[0]) || TextChars.IsSentenceTerminator(line[^1]))
            {
                continue;
            }
            // The identifier's year, a date or a page number may stand on either side of the title.
            var rest = (first.Length > 1 ? first[1] : string.Empty).Trim(NumberChars);
            if (rest.Length == 0 || Front(text, lines, nonBlank, before: n).Contains(rest, StringComparison.OrdinalIgnoreCase))
            {
                yield return n;
            }
        }
    }

    /// <summary>The words of the first pages printed before line <paramref name="before"/>.</summary>
    private static string Front(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, List<int> nonBlank, int before) =>
        string.Join(' ', nonBlank.Take(FrontLines).Where(m => m < before).Select(m => text.Substring(lines[m].Span.Start, lines[m].Span.Length)));

    /// <summary>A symbol or reference number: letters or digits around a slash, with a digit ("S/PV.9586", "A/RES/78/84").</summary>
    private static bool IsIdentifier(string token) =>
        token.Length >= 5 && token.Contains('/', StringComparison.Ordinal) && token.Any(char.IsAsciiDigit) && token.Any(char.IsAsciiLetterUpper);

    /// <summary>Case, digits and spacing folded, so "Page 3 — Annual Report" and "Page 4 — ANNUAL REPORT" match.</summary>
    private static string HeaderKey(ReadOnlySpan<char> line)
    {
        var key = new StringBuilder(line.Length);
        var space = false;
        foreach (var c in line)
        {
            if (char.IsWhiteSpace(c))
            {
                space = key.Length > 0;
                continue;
            }
            if (space)
            {
                key.Append(' ');
                space = false;
            }
            if (char.IsDigit(c))
            {
                if (key.Length == 0 || key[^1] != '#')
                {
                    key.Append('#');
                }
                continue;
            }
            key.Append(char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    private static List<int> Showings(Dictionary<string, List<int>> byKey, string key)
    {
        if (!byKey.TryGetValue(key, out var at))
        {
            byKey[key] = at = [];
        }
        return at;
    }

    /// <summary>Furniture sits at a page's edge: a blank line or a page break on at least one side.</summary>
    private static bool AtEdge(IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, int n) =>
        n == 0 || lines[n - 1].Span.Length == 0 || lines[n - 1].PageBreakAfter || lines[n].PageBreakAfter ||
        n + 1 == lines.Count || lines[n + 1].Span.Length == 0;

    /// <summary>
    /// "MR. SMITH:", "• Reform of the Council": a speaker's label or a list item repeats, as a
    /// header does, but opens the text after it, so inside the text it is never taken for furniture.
    /// </summary>
    private static bool IntroducesWhatFollows(ReadOnlySpan<char> line) =>
        line[^1] == ':' || LayoutReader.BulletMarker().IsMatch(line) || LayoutReader.NumberedMarker().IsMatch(line);

    /// <summary>
    /// "…the budget of the mission, and" / header / "the salaries of its staff…": the text on
    /// either side is one sentence. A subhead, a speaker's name or a table row stands between
    /// sentences: after a full stop or a colon, or before a capital with no comma before it.
    /// </summary>
    private static bool InterruptsSentence(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, int n, Func<int, bool> isFurnitureLike)
    {
        var before = n - 1;
        while (before >= 0 && before > n - 1 - MaxFurnitureRun && lines[before].Span.Length > 0 && !lines[before].PageBreakAfter && isFurnitureLike(before))
        {
            before--;
        }
        var after = n + 1;
        while (after < lines.Count && after < n + 1 + MaxFurnitureRun && lines[after].Span.Length > 0 && !lines[after - 1].PageBreakAfter && isFurnitureLike(after))
        {
            after++;
        }
        if (before < 0 || after >= lines.Count || lines[before].Span.Length == 0 || lines[after].Span.Length == 0 ||
            lines[before].PageBreakAfter || lines[after - 1].PageBreakAfter)
        {
            return false;
        }
        var last = text[lines[before].Span.End - 1];
        var first = text[lines[after].Span.Start];
        return last == ',' || ((char.IsLetterOrDigit(last) || TextChars.IsHyphen(last)) && char.IsLower(first));
    }

    /// <summary>
    /// Some number on the line, or on a page number printed beside it, grows from each showing to
    /// the next by a page or two, as page numbers do ("… Third meeting 11", "… Third meeting 13");
    /// a repeated line whose numbers stay put, jump (footnotes, years, times of day) or fall is not a page's.
    /// </summary>
    private static bool CarriesPageNumber(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, int[] at)
    {
        var numbers = at.Select(n => NumbersOnPage(text, lines, n)).ToArray();
        if (numbers.Any(found => found.Count != numbers[0].Count))
        {
            return false;
        }
        for (var i = 0; i < numbers[0].Count; i++)
        {
            var grows = true;
            for (var k = 1; k < numbers.Length && grows; k++)
            {
                grows = numbers[k][i] - numbers[k - 1][i] is >= 1 and <= MaxPagesPerStep;
            }
            if (grows)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The numbers on the line, then on a page-number line right above or below it.</summary>
    private static List<long> NumbersOnPage(string text, IReadOnlyList<(TextSpan Span, bool PageBreakAfter)> lines, int n)
    {
        var numbers = new List<long>();
        AddNumbers(text, lines[n].Span, numbers);
        if (n > 0 && !lines[n - 1].PageBreakAfter && IsPageNumber(text, lines[n - 1].Span))
        {
            AddNumbers(text, lines[n - 1].Span, numbers);
        }
        if (n + 1 < lines.Count && !lines[n].PageBreakAfter && IsPageNumber(text, lines[n + 1].Span))
        {
            AddNumbers(text, lines[n + 1].Span, numbers);
        }
        return numbers;
    }

    /// <summary>Each run of digits as a number; a run too long for a page number counts as -1, which never grows.</summary>
    private static void AddNumbers(string text, TextSpan span, List<long> numbers)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }
            var start = i;
            while (i < span.End && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
            numbers.Add(i - start <= 6 ? long.Parse(text.AsSpan(start, i - start), CultureInfo.InvariantCulture) : -1);
        }
    }

    /// <summary>
    /// Odd and even pages with headers of their own, each on every other page: every showing of
    /// the one (<paramref name="first"/>, which starts) is followed by one of the other before it
    /// comes again, each at least half a page after the last. The lines of a refrain repeated in
    /// a speech also take turns, but one right after the other.
    /// </summary>
    private static bool TakeTurns(int[] first, int[] second, int[] position)
    {
        if (second.Length > first.Length || first.Length > second.Length + 1)
        {
            return false;
        }
        bool PageApart(int earlier, int later) => earlier < later && position[later] - position[earlier] >= MinLinesPerPage / 2;
        for (var i = 0; i < second.Length; i++)
        {
            if (!PageApart(first[i], second[i]) || (i + 1 < first.Length && !PageApart(second[i], first[i + 1])))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsPageNumber(string text, TextSpan span) =>
        span.Length > 0 && LayoutReader.PageNumber().IsMatch(text.AsSpan(span.Start, span.Length));

    private static bool HasLetter(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// A symbol (letters, digits and dots around slashes), with a page number before or after it and
    /// parenthesised qualifiers: "(Resumption 1)", "(Part II)", "(E)".
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,4}\s+)?(?<symbol>[A-Z][A-Za-z0-9.\-]*(?:/[A-Za-z0-9.\-]+)+)(?:\s*\((?:[A-Za-z]+\.?(?:\s*\d{1,3})?|[IVXLC]+)\))*(?:\s+\d{1,4})?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SymbolLine();

    /// <summary>
    /// The UN printing office's job number, alone on a line or with the page count, the language and
    /// the bar code: "12-34567", "12-34567 3/28", "21-04567 (E)", "3/28 12-34567", "*2104567*". No
    /// line of text has this shape, so one showing is enough.
    /// </summary>
    [GeneratedRegex(@"^(?:\d{1,3}(?:/\d{1,3})?\s+)?(?:\d{2}-\d{5}[A-Z]?(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\d{1,3}(?:/\d{1,3})?)?(?:\s+\*\d{7}\*)?|\*\d{7}\*)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JobNumberLine();

    private static int CountWords(ReadOnlySpan<char> line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }
}
