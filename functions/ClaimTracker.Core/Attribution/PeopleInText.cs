using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Attribution;

/// <summary>
/// Finds people named with a title or honorific, and the role words that refer back to them
/// ("the President", "the head of state", "the minister"). A name is the run of capitalised
/// words that follows the title within a few words, its last two kept: in "President of the
/// Republic of Azerbaijan Ilham Aliyev" that is "Ilham Aliyev".
/// </summary>
public static partial class PeopleInText
{
    private const int MaxWordsAfterTitle = 8;

    /// <summary>The role "the head of state" refers to: whoever was last named president or monarch.</summary>
    public const string HeadOfState = "head of state";

    public static IEnumerable<PersonMention> Mentions(string text) =>
        Referents(text).Where(r => r.Name is not null).Select(r => new PersonMention(r.Role, r.Name!));

    /// <summary>
    /// Every title in the text, in order, with the name that follows it, or with none where the
    /// text speaks of the office (<c>the Secretary-General's report</c>, <c>The Foreign Minister of
    /// Israel</c>): then <paramref name="Office"/> is how the text calls its holder.
    /// </summary>
    public static IEnumerable<(string? Role, string? Name, string? Office)> Referents(string text)
    {
        foreach (Match title in Title().Matches(text))
        {
            var role = RoleOf(title.Value);
            var name = NameAfter(text, title.Index + title.Length, directly: role is null);
            if (name is not null)
            {
                yield return (role, name, null);
            }
            else if (role is not null)
            {
                var of = OfAPlace().Match(text, title.Index + title.Length);
                yield return (role, null, $"the {title.Value}{(of.Success ? of.Value : string.Empty)}");
            }
        }
    }

    /// <summary>The role a reference such as "the President of Azerbaijan" or "the head of state" points to, or null.</summary>
    public static string? RoleReference(string phrase)
    {
        var reference = RoleWord().Match(phrase);
        // "the President of the Security Council" holds a body's office: not whoever was last named president.
        return reference.Success && !OfABody().IsMatch(phrase, reference.Index + reference.Length) ? RoleOf(reference.Value) : null;
    }

    private static string? RoleOf(string title) => title.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal) switch
    {
        "mr" or "ms" or "mrs" or "dr" => null,
        "president" => "president",
        "king" or "queen" or "emir" => "monarch",
        "head of state" => HeadOfState,
        "head of government" or "prime minister" or "premier" => "prime minister",
        "foreign minister" or "minister of foreign affairs" => "foreign minister",
        var other => other.Replace('-', ' '),
    };

    /// <summary>
    /// The first run of capitalised words after a title that can be a name: two or more words
    /// ("Ilham Aliyev", "Azerbaijan Ilham Aliyev" → last two kept), or one right after an
    /// honorific ("Mr. Okafor"). A lone capital after "of" is a place, and scanning stops at the
    /// first lowercase word after a name, so "met King Abdullah" is another person's.
    /// </summary>
    private static string? NameAfter(string text, int position, bool directly)
    {
        var run = new List<string>();
        var runStartsAtTitle = false;
        var i = position;
        for (var words = 0; i < text.Length && words < MaxWordsAfterTitle; words++)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }
            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not (',' or ';' or ':' or '“' or '”' or '"' or '(' or ')'))
            {
                i++;
            }
            if (i == start)
            {
                break;
            }
            // "the President of the Security Council’ (S/1996/204)": a closing mark is not part of the word.
            var word = text[start..i].TrimEnd('.', '’', '\'');
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            var capitalised = word.Length > 0 && char.IsUpper(word[0]) && (isInitial || word.Skip(1).Any(char.IsLower) || IsRomanNumeral(word));
            if (capitalised)
            {
                runStartsAtTitle |= run.Count == 0 && words == 0;
                run.Add(isInitial ? word + "." : StripPossessive(word));
            }
            else if (IsName(run, runStartsAtTitle, directly) is { } name)
            {
                return name;
            }
            else
            {
                run.Clear();
                runStartsAtTitle = false;
            }
            var stop = i < text.Length && text[i] is ',' or ';' or ':' or '“' or '”' or '"' || (i > 0 && text[i - 1] == '.' && !isInitial);
            if (stop)
            {
                break;
            }
        }
        return IsName(run, runStartsAtTitle, directly);
    }

    private static string? IsName(List<string> run, bool startsAtTitle, bool honorific) =>
        run.Count > 0 && !Institutions.Contains(run[^1]) && (run.Count >= 2 || (startsAtTitle && (honorific || !IsRomanNumeral(run[0]))))
            ? Join(run)
            : null;

    /// <summary>Words that end the names of bodies and places, not of people: "President of the European Union Council".</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> Institutions = System.Collections.Frozen.FrozenSet.ToFrozenSet(
    [
        "Council", "Union", "Republic", "Assembly", "Committee", "Commission", "Ministry", "Parliament", "Court", "Conference",
        "Organization", "Organisation", "Nations", "States", "Kingdom", "Federation", "Bank", "Fund", "Office", "Agency", "Group",
        "Club", "Forum", "Party", "Government", "Senate", "Congress", "Movement", "Community", "Board", "Department", "Institute",
    ], StringComparer.Ordinal);

    private static bool IsRomanNumeral(string word) => word.Length <= 4 && word.All(c => c is 'I' or 'V' or 'X');

    private static string Join(List<string> run) => string.Join(' ', run.Count > 2 ? run.GetRange(run.Count - 2, 2) : run);

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    [GeneratedRegex(@"\b(?:President|Prime Minister|Foreign Minister|Minister of Foreign Affairs|Minister|Secretary[- ]General|Chancellor|Ambassador|Senator|Governor|Spokes(?:man|woman|person)|King|Queen|Emir|Premier)\b|\b(?:Mr|Ms|Mrs|Dr)\.?(?=\s+[A-Z])")]
    private static partial Regex Title();

    /// <summary>" of Israel", " of the United States": whose office a title is.</summary>
    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?[A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,3}")]
    private static partial Regex OfAPlace();

    [GeneratedRegex(@"\G\s+of\s+the\s+(?:[A-Z][\p{L}-]+\s+){0,3}(?:Council|Assembly|Court|Commission|Committee|Conference|Bank|Board|Parliament|Senate)\b")]
    private static partial Regex OfABody();

    [GeneratedRegex(@"\b(?:head of state|head of government|President|Prime Minister|Foreign Minister|Minister of Foreign Affairs|Minister|Secretary[- ]General|Chancellor|Ambassador|King|Queen|Emir|Premier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();
}
