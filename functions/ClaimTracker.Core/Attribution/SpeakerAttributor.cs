using System.Text.RegularExpressions;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Attribution;

/// <summary>
/// Gives quoted units their speaker. A quotation may run over several sentences (units); the
/// speaker named anywhere in it — after it (<c>…,” the President said</c>), before it
/// (<c>Aliyev made it very clear: “…</c>), or as its owner (<c>statements by new Armenian
/// leaders such as “…”</c>) — speaks all of it. With no name in the quotation, the sentence just
/// before it may introduce the speaker (<c>the head of state recognised Turkey's support.</c>).
/// Titles and roles resolve to the last person the document named with that title.
/// </summary>
public static partial class SpeakerAttributor
{
    /// <summary>A quotation left open stops counting after this many units: an unbalanced mark is not a page-long quote.</summary>
    private const int MaxQuotedUnits = 8;

    public static IReadOnlyList<Unit> Attribute(IReadOnlyList<Unit> units)
    {
        var people = new PeopleRegister();
        var speakers = new string?[units.Count];
        var quoted = new bool[units.Count];
        var i = 0;
        while (i < units.Count)
        {
            var unit = units[i];
            if (quoted[i])
            {
                // Already spoken for by a quotation that began earlier.
                i++;
                continue;
            }
            if (unit.Kind is UnitKind.Footnote)
            {
                // A note cites its sources; whom it names is no one the narration goes on to quote or call "he".
                i++;
                continue;
            }
            if (unit.Kind is UnitKind.Heading or UnitKind.FrontMatter || QuoteBalance(unit.Text) is (0, false))
            {
                people.Learn(unit.Text);
                i++;
                continue;
            }

            // The units of one quotation: this one, and the sentences that follow while the quote
            // stays open (a caption printed in the middle is passed over, not quoted).
            var group = new List<int> { i };
            var (depth, _) = QuoteBalance(unit.Text);
            var next = i + 1;
            while (depth > 0 && group.Count < MaxQuotedUnits && next < units.Count)
            {
                if (OpensItsOwn(units[next].Text))
                {
                    // A mark left open by broken layout does not swallow the next speaker's quotation:
                    // "• allow … “immediate, unconditional" then "Dr Blix wrote that … “spectacular” results".
                    break;
                }
                if (units[next].Kind is UnitKind.Claim or UnitKind.Fragment)
                {
                    group.Add(next);
                    depth += QuoteBalance(units[next].Text).Depth;
                }
                next++;
            }

            // Only the words outside the quotation name its speaker ("statements by my brother"
            // inside it do not), and only they introduce people the narration refers back to.
            var open = false;
            var outside = new string[group.Count];
            for (var m = 0; m < group.Count; m++)
            {
                outside[m] = OutsideQuotes(units[group[m]].Text, ref open);
            }
            var who = outside.Select(NamedIn).FirstOrDefault(w => w is not null)
                ?? (i > 0 && units[i - 1].Kind == UnitKind.Claim && IsIntroduced(unit.Text, units[i - 1].Text) ? Introducer(units[i - 1].Text) : null);
            var speaker = who is null ? null : people.Resolve(who);
            for (var m = 0; m < group.Count; m++)
            {
                speakers[group[m]] = speaker;
                quoted[group[m]] = true;
                people.Learn(outside[m]);
            }
            i++;
        }
        return units.Select((u, n) => speakers[n] is { } s ? u with { Speaker = s } : u).ToArray();
    }

    /// <summary>A unit that opens a quotation and names its own speaker: a new quotation, whatever was left open before.</summary>
    private static bool OpensItsOwn(string text)
    {
        var open = false;
        return text.IndexOfAny(['“', '«', '„']) >= 0 && NamedIn(OutsideQuotes(text, ref open)) is not null;
    }

    /// <summary>How far the unit opens quotations (opening minus closing marks) and whether it has any mark at all.</summary>
    private static (int Depth, bool Any) QuoteBalance(string text)
    {
        int depth = 0, marks = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsOpening(text, i))
            {
                depth++;
                marks++;
            }
            else if (IsClosing(text, i))
            {
                depth--;
                marks++;
            }
        }
        return (depth, marks > 0);
    }

    /// <summary>
    /// Curly and angle quotes say which way they face; a straight quote opens where a word
    /// starts after it (<c>said, "Azerbaijan</c>) and closes where one ends before it (<c>account."</c>).
    /// </summary>
    private static bool IsOpening(string text, int i) =>
        text[i] is '“' or '«' or '„' || (text[i] == '"' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is '(' or '[' or '—' or '–'));

    private static bool IsClosing(string text, int i) =>
        text[i] is '”' or '»' || (text[i] == '"' && !IsOpening(text, i));

    /// <summary>
    /// The text with quoted words blanked out (marks kept), carrying whether a quotation is open
    /// from one unit to the next.
    /// </summary>
    private static string OutsideQuotes(string text, ref bool open)
    {
        var outside = text.ToCharArray();
        for (var i = 0; i < outside.Length; i++)
        {
            if (IsOpening(text, i))
            {
                open = true;
            }
            else if (IsClosing(text, i))
            {
                open = false;
            }
            else if (open && !char.IsWhiteSpace(text[i]))
            {
                outside[i] = '·';
            }
        }
        return new string(outside);
    }

    /// <summary>The speaker phrase a quotation names inside the unit, if any.</summary>
    private static string? NamedIn(string text)
    {
        foreach (var match in new[] { After().Match(text), Inverted().Match(text), Near(text, Before(), BeforeVerb(), 120), Owner().Match(text) })
        {
            if (match.Success)
            {
                return Subject(match.Groups["who"].Value);
            }
        }
        return null;
    }

    /// <summary>
    /// The first match of <paramref name="pattern"/>, which opens on a lazy run of up to
    /// <paramref name="reach"/> characters before a verb: tried only around each place its verb
    /// phrase matches, not at every character of the text, so a long unit costs a pass, not a pass per character.
    /// </summary>
    private static Match Near(string text, Regex pattern, Regex verb, int reach)
    {
        for (var found = verb.Match(text); found.Success; found = found.NextMatch())
        {
            var start = Math.Max(0, found.Index - reach - 1);
            var match = pattern.Match(text, start, found.Index + found.Length - start);
            if (match.Success)
            {
                return match;
            }
        }
        return Match.Empty;
    }

    /// <summary>In the sentence before a quotation: who spoke, told or informed (<c>…, the President informed the international community…</c>).</summary>
    private static string? Introducer(string text)
    {
        var match = Near(text, Introduction(), IntroducingVerb(), 150);
        return match.Success ? Subject(match.Groups["who"].Value) : null;
    }

    /// <summary>
    /// Whether the sentence before introduces this quotation: it ends with a colon, or the quotation
    /// opens its own sentence. A quotation inside narration ("On 1 July, as part of a further “full
    /// disclosure”, Iraq admitted …") is not the previous speaker's.
    /// </summary>
    private static bool IsIntroduced(string quoted, string previous) =>
        previous.TrimEnd().EndsWith(':') || OpensWithQuotation().IsMatch(quoted);

    /// <summary>
    /// The subject at the end of a phrase: the part after its last comma, without a leading "As",
    /// cut at its own verb ("William Rogers reaffirmed the position …" is William Rogers). Where
    /// that part is no subject ("…, subsequently"), an earlier part that names a person ("Mr Ralph
    /// Zacklin, Assistant Secretary-General …, subsequently wrote").
    /// </summary>
    private static string? Subject(string phrase)
    {
        var parts = phrase.Split(',');
        if (SubjectIn(parts[^1]) is { } last)
        {
            return last;
        }
        for (var p = parts.Length - 2; p >= 0; p--)
        {
            if (SubjectIn(parts[p]) is { } earlier && PeopleInText.Mentions(earlier).Any())
            {
                return earlier;
            }
        }
        return null;
    }

    /// <summary>
    /// A noun phrase that can speak: it names someone (a capitalised word) or a role ("the
    /// spokesperson"), or is "he" or "she". Not a relative pronoun or an adverb ("which",
    /// "subsequently"), nor the subject of a passive ("Iraq was warned that …" says who was told).
    /// </summary>
    private static string? SubjectIn(string part)
    {
        var subject = AsPrefix().Replace(part.Trim(), string.Empty).Trim();
        if (Passive().IsMatch(subject))
        {
            return null;
        }
        if (OwnVerb().Match(subject) is { Success: true } verb)
        {
            subject = subject[..verb.Index].Trim();
        }
        var speaks = subject.Any(char.IsUpper) || RoleNoun().IsMatch(subject) || subject.Equals("he", StringComparison.OrdinalIgnoreCase) || subject.Equals("she", StringComparison.OrdinalIgnoreCase);
        return speaks && !NotASpeaker().IsMatch(subject) && subject.Length is > 0 and <= 80 ? subject : null;
    }

    /// <summary>Verbs of saying; forms that are also common nouns ("states", "notes") are left out.</summary>
    private const string Verbs = "said|says|stated|noted|added|told|stressed|declared|emphasi[sz]ed|wrote|explained|warned|underlined|remarked|insisted|replied|asked|recalled|concluded|(?:re)?affirmed|asserted|argued|acknowledged|announced";

    /// <summary><c>…,” the President said.</c></summary>
    [GeneratedRegex(@"[”""»]\s*,?\s*(?<who>[^“”""«»;]{1,80}?)\s+(?:" + Verbs + @")\b")]
    private static partial Regex After();

    /// <summary><c>…,” said the minister.</c></summary>
    [GeneratedRegex(@"[,!?·][”""»]\s*(?:said|says|added|wrote)\s+(?<who>[^“”""«»,;]{1,60}?)(?=[.,;]?$|,)")]
    private static partial Regex Inverted();

    /// <summary><c>Aliyev made it very clear: “…</c>, <c>As the President noted at the session on 24 September 2021, "…</c>.</summary>
    [GeneratedRegex(@"(?<who>[^“”""«».;:]{1,120}?)\s+(?:" + Verbs + @"|made it (?:very )?clear)\b[^“”""«».;]{0,120}?[,:]?\s*[“""«]")]
    private static partial Regex Before();

    /// <summary>The verb phrase of <see cref="Before"/>, where its speaker may end.</summary>
    [GeneratedRegex(@"\s+(?:" + Verbs + @"|made it (?:very )?clear)\b[^“”""«».;]{0,120}?[,:]?\s*[“""«]")]
    private static partial Regex BeforeVerb();

    /// <summary><c>The words by X spoken at…, “…”</c>, <c>Statements by new Armenian leaders such as “…”</c>.</summary>
    [GeneratedRegex(@"\b(?:words|statements?|remarks|comments?|claims?|assertions?)\s+(?:by|of)\s+(?<who>[^“”""«»,.;]{2,90}?)(?=\s+(?:spoken|made|such as|that|in|at)\b|\s*[,:]?\s*[“""«])", RegexOptions.IgnoreCase)]
    private static partial Regex Owner();

    [GeneratedRegex(@"(?<who>[^.;:“”""«»]{1,150}?)\s+(?:" + Verbs + @"|informed|recogni[sz]ed|addressed|emphasised)\b")]
    private static partial Regex Introduction();

    /// <summary>The verb of <see cref="Introduction"/>.</summary>
    [GeneratedRegex(@"\s+(?:" + Verbs + @"|informed|recogni[sz]ed|addressed|emphasised)\b")]
    private static partial Regex IntroducingVerb();

    [GeneratedRegex(@"^(?:as|and|but|so)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex AsPrefix();

    /// <summary>A quotation mark opening the sentence, after any paragraph number or bullet.</summary>
    [GeneratedRegex(@"^[\s\d.•\-–]*[“""«„]")]
    private static partial Regex OpensWithQuotation();

    /// <summary>A subject ending in a form of "be": the verb after it is passive.</summary>
    [GeneratedRegex(@"\b(?:is|are|was|were|been|being|be)$", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    /// <summary>
    /// Where a subject's own verb or relative clause begins: an auxiliary, a relative pronoun, or a
    /// past tense after a name (<c>Rogers reaffirmed</c>, not <c>the elected</c> after "the").
    /// </summary>
    [GeneratedRegex(@"\s(?:which|who|whom|whose|that|has|have|had|will|would|could|should|can|may|must|did|does)\b|(?<!\b(?:the|a|an|his|her|its|their|our)) [a-z]+ed\b")]
    private static partial Regex OwnVerb();

    /// <summary>A determiner and a noun: <c>the spokesperson</c>, <c>the report</c>, <c>its authors</c>.</summary>
    [GeneratedRegex(@"^(?:the|a|an|his|her|its|their|our|this|these)\s+[a-z]", RegexOptions.IgnoreCase)]
    private static partial Regex RoleNoun();

    /// <summary>Pronouns and relative words that point at no one the register can name.</summary>
    [GeneratedRegex(@"^(?:which|that|who|it|this|there|they|we|you|i|one)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotASpeaker();
}
