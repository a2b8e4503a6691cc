namespace ClaimTracker.Core.Attribution;

/// <summary>The people named so far, in reading order: who "the President" or "he" is at this point of the document.</summary>
internal sealed class PeopleRegister
{
    private readonly Dictionary<string, string> _byRole = new(StringComparer.Ordinal);
    private string? _last;

    public void Learn(string text)
    {
        foreach (var mention in PeopleInText.Mentions(text))
        {
            if (mention.Role is { } role)
            {
                _byRole[role] = mention.Name;
                if (role is "president" or "monarch")
                {
                    _byRole[PeopleInText.HeadOfState] = mention.Name;
                }
            }
            _last = mention.Name;
        }
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
            return _last ?? who;
        }
        if (PeopleInText.RoleReference(who) is { } role && _byRole.TryGetValue(role, out var person))
        {
            return person;
        }
        return who;
    }
}
