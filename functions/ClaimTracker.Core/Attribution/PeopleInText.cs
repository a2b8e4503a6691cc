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

    public static IEnumerable<PersonMention> Mentions(string text)
    {
        foreach (Match title in Title().Matches(text))
        {
            var role = RoleOf(title.Value);
            var name = NameAfter(text, title.Index + title.Length, directly: role is null);
            if (name is not null)
            {
                yield return new PersonMention(role, name);
            }
        }
    }

    /// <summary>The role a reference such as "the President of Azerbaijan" or "the head of state" points to, or null.</summary>
    public static string? RoleReference(string phrase)
    {
        var reference = RoleWord().Match(phrase);
        return reference.Success ? RoleOf(reference.Value) : null;
    }

    private static string? RoleOf(string title) => title.ToLowerInvariant().Replace(".", "", StringComparison.Ordinal) switch
    {
        "mr" or "ms" or "mrs" or "dr" => null,
        "head of state" or "king" or "queen" or "emir" or "president" => "president",
        "head of government" or "prime minister" or "premier" => "prime minister",
        "foreign minister" or "minister of foreign affairs" => "foreign minister",
        var other => other.Replace('-', ' '),
    };

    private static string? NameAfter(string text, int position, bool directly)
    {
        var words = 0;
        var run = new List<string>();
        string? lastRun = null;
        var i = position;
        while (i < text.Length && words < MaxWordsAfterTitle)
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
            var word = text[start..i].TrimEnd('.');
            var isInitial = word.Length == 1 && char.IsUpper(word[0]);
            var capitalised = word.Length > 0 && char.IsUpper(word[0]) && (isInitial || word.Skip(1).Any(char.IsLower));
            if (capitalised)
            {
                run.Add(isInitial ? word + "." : StripPossessive(word));
            }
            else
            {
                if (run.Count > 0)
                {
                    lastRun = Join(run);
                    run.Clear();
                }
                if (directly && words == 0)
                {
                    return null;
                }
            }
            words++;
            var stop = i < text.Length && text[i] is ',' or ';' or ':' or '“' or '”' or '"' || (i > 0 && text[i - 1] == '.' && !isInitial);
            if (stop)
            {
                break;
            }
        }
        if (run.Count > 0)
        {
            lastRun = Join(run);
        }
        // A lone capitalised word after "of" is a place ("President of Azerbaijan"), not a name.
        return lastRun is not null && (lastRun.Contains(' ', StringComparison.Ordinal) || directly) ? lastRun : null;
    }

    private static string Join(List<string> run) => string.Join(' ', run.Count > 2 ? run.GetRange(run.Count - 2, 2) : run);

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    [GeneratedRegex(@"\b(?:President|Prime Minister|Foreign Minister|Minister of Foreign Affairs|Minister|Secretary[- ]General|Chancellor|Ambassador|Senator|Governor|Spokes(?:man|woman|person)|King|Queen|Emir|Premier)\b|\b(?:Mr|Ms|Mrs|Dr)\.?(?=\s+[A-Z])")]
    private static partial Regex Title();

    [GeneratedRegex(@"\b(?:head of state|head of government|President|Prime Minister|Foreign Minister|Minister of Foreign Affairs|Minister|Secretary[- ]General|Chancellor|Ambassador|King|Queen|Emir|Premier)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWord();
}
