namespace ClaimTracker.Core.Attribution;

/// <summary>
/// The people named so far, in reading order: who "the President" or "he" is at this point of the
/// document. "He" is the first person the latest sentence naming anyone names, its likely subject:
/// in "the Secretary-General issued an appeal … to respond to Ambassador Jarring's initiative. He
/// said:" he is the Secretary-General, an office the text names without a name.
/// </summary>
internal sealed class PeopleRegister
{
    private readonly Dictionary<string, string> _byRole = new(StringComparer.Ordinal);
    private string? _subject;

    public void Learn(string text)
    {
        string? first = null;
        foreach (var (role, name, office) in PeopleInText.Referents(text))
        {
            if (name is null)
            {
                // An office named without a name: its holder if the document named one, else the office.
                first ??= role is not null && _byRole.TryGetValue(role, out var holder) && PeopleInText.RoleReference(office!) is not null ? holder : office;
                continue;
            }
            if (role is not null)
            {
                _byRole[role] = name;
                if (role is "president" or "monarch")
                {
                    _byRole[PeopleInText.HeadOfState] = name;
                }
            }
            first ??= name;
        }
        _subject = first ?? _subject;
    }

    /// <summary>A named person as named; a role or pronoun as the person it points to; anything else as written.</summary>
    public string Resolve(string who)
    {
        if (PeopleInText.Mentions(who).LastOrDefault() is { } named)
        {
            return named.Name;
        }
        if (who.Equals("he", StringComparison.OrdinalIgnoreCase) || who.Equals("she", StringComparison.OrdinalIgnoreCase))
        {
            return _subject ?? who;
        }
        if (PeopleInText.RoleReference(who) is { } role && _byRole.TryGetValue(role, out var person))
        {
            return person;
        }
        return who;
    }
}
