using System.Globalization;
using ClaimTracker.Core.Citations.Organs;
using ClaimTracker.Core.Citations.Symbols;
using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>
/// A decided mention as a citation: the symbol the UN gives it, with what reference data says
/// against the text. <c>S/RES/687 (1991)</c> (the year always, from reference data);
/// <c>A/RES/62/243</c>, <c>A/RES/S-10/2</c>, <c>A/RES/ES-10/21</c>; before 1976 <c>A/RES/3236(XXIX)</c>, the
/// session from reference data and no space, as undocs.org writes it; a lettered part
/// (<c>45/58 P</c>) is the document <c>A/RES/45/58</c>; Assembly decisions <c>A/DEC/78/548</c> and Human
/// Rights Council resolutions <c>A/HRC/RES/45/1</c> are other UN documents; other bodies'
/// resolutions are <see cref="CitationKind.Other"/> (<c>PACE Resolution 1416</c>).
/// </summary>
internal static class ResolutionSymbols
{
    /// <summary>The newest regular session a symbol can name: sessions open each September, one a year.</summary>
    private const int LatestSession = 100;

    public static FoundCitation? Cite(ResolutionMention m, Body body) =>
        Write(m, body) is { } citation ? citation with { Reach = m.Reach } : null;

    private static FoundCitation? Write(ResolutionMention m, Body body)
    {
        var number = m.Number;
        return body.Organ switch
        {
            null when body.Name is { Length: > 0 } name && m.Form == ResolutionForm.Prose =>
                new FoundCitation(CitationKind.Other, $"{name} {(m.IsDecision ? "Decision" : "Resolution")} {number}", m.Start, m.End, null),
            UnOrgan.SecurityCouncil when number.IsPlain && !m.IsDecision && CouncilCouldHave(m) => Council(m),
            UnOrgan.GeneralAssembly when number.IsSessional && Plausible(number) =>
                m.IsDecision ? Document(m, $"A/DEC/{number}") : Assembly(m, $"A/RES/{number}") with { Warnings = SessionalWarnings(m) },
            UnOrgan.GeneralAssembly when number.IsPlain && !m.IsDecision => OldAssembly(m),
            UnOrgan.HumanRightsCouncil when number.IsSessional && number.SessionKind != AssemblySessionKind.EmergencySpecial =>
                Document(m, $"A/HRC/{(m.IsDecision ? "DEC" : "RES")}/{number}"),
            _ => null,
        };
    }

    /// <summary>A number the Council has reached, or will soon: far beyond the reference data ("resolution 7360") it is another body's.</summary>
    private static bool CouncilCouldHave(ResolutionMention m) =>
        m.Number.Number <= SecurityCouncilResolutions.LastKnown + NewerThanData || (m.StatedYear ?? m.StatedDate?.Year) > SecurityCouncilResolutions.LastYear;

    /// <summary>About four years of the Council's resolutions after the reference data ends.</summary>
    private const int NewerThanData = 250;

    private static FoundCitation Council(ResolutionMention m)
    {
        var n = m.Number.Number;
        var stated = m.StatedYear ?? m.StatedDate?.Year;
        var adopted = SecurityCouncilResolutions.YearOf(n);
        var year = adopted ?? stated;
        var symbol = year is null ? $"S/RES/{n}" : $"S/RES/{n} ({year})";
        var citation = new FoundCitation(CitationKind.UnscResolution, symbol, m.Start, m.End, UnDocumentLinks.For(symbol));
        return adopted is { } actual && stated is { } given && given != actual
            ? citation with { Warnings = [$"Security Council resolution {n} was adopted in {actual}; the text gives {given}."] }
            : citation;
    }

    private static FoundCitation? OldAssembly(ResolutionMention m)
    {
        var n = m.Number.Number;
        var block = GeneralAssemblyResolutions.Of(n);
        var stated = m.StatedSession;
        // Where the table is sure, it decides; where it is not, the text's own session stands.
        var session = block is not null && (block.Checked || stated is null || block.IsSession(stated)) ? block.SessionLabel : stated;
        if (session is null)
        {
            return null;
        }
        var warnings = new List<string>();
        if (block is { Checked: true } && stated is not null && !block.IsSession(stated))
        {
            warnings.Add($"General Assembly resolution {n} was adopted at its {Describe(block)}; the text gives ({stated}).");
        }
        var year = m.StatedYear ?? m.StatedDate?.Year;
        if (block is { Checked: true } && year is { } given && (given < block.YearFrom || given > block.YearTo))
        {
            warnings.Add($"General Assembly resolution {n} was adopted in {Years(block)}; the text gives {given}.");
        }
        return Assembly(m, $"A/RES/{n}({session})") with { Warnings = warnings };
    }

    /// <summary>A regular session's resolution dated outside the session: "45/58 of 4 December 1985".</summary>
    private static string[] SessionalWarnings(ResolutionMention m)
    {
        if (m.Number is not { Session: { } session, SessionKind: AssemblySessionKind.Regular } || GeneralAssemblySessions.OpenedIn(session) is not { } opened)
        {
            return [];
        }
        var span = $"September {opened} to September {opened + 1}";
        if (m.StatedDate is { } date)
        {
            return GeneralAssemblySessions.InProgressOn(date) is { } actual && actual != session
                ? [$"General Assembly resolution {m.Number} belongs to the {Ordinals.Of(session)} session ({span}); the text dates it {date.Day} {Month(date.Month)} {date.Year}."]
                : [];
        }
        return m.StatedYear is { } year && year != opened && year != opened + 1
            ? [$"General Assembly resolution {m.Number} belongs to the {Ordinals.Of(session)} session ({span}); the text gives {year}."]
            : [];
    }

    private static bool Plausible(ResolutionNumber number) => number.SessionKind switch
    {
        AssemblySessionKind.Regular => number.Session is >= 31 and <= LatestSession,
        AssemblySessionKind.Special => number.Session is >= 1 and <= 40,
        _ => number.Session is >= 1 and <= 20,
    };

    private static FoundCitation Assembly(ResolutionMention m, string symbol) =>
        new(CitationKind.UngaResolution, symbol, m.Start, m.End, UnDocumentLinks.For(symbol));

    private static FoundCitation Document(ResolutionMention m, string symbol) =>
        new(CitationKind.UnDocument, symbol, m.Start, m.End, UnDocumentLinks.For(symbol));

    private static string Describe(AssemblyResolutionBlock block) => block.Kind switch
    {
        AssemblySessionKind.Special => $"{Ordinals.Of(block.Session)} special session ({block.SessionLabel}) in {Years(block)}",
        AssemblySessionKind.EmergencySpecial => $"{Ordinals.Of(block.Session)} emergency special session ({block.SessionLabel}) in {Years(block)}",
        _ => $"{Ordinals.Of(block.Session)} session ({block.SessionLabel}) in {Years(block)}",
    };

    private static string Years(AssemblyResolutionBlock block) =>
        block.YearFrom == block.YearTo ? block.YearFrom.ToString(CultureInfo.InvariantCulture) : $"{block.YearFrom}–{block.YearTo}";

    private static string Month(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
}
