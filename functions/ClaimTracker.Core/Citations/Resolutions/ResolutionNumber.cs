using ClaimTracker.Core.ReferenceData;

namespace ClaimTracker.Core.Citations.Resolutions;

/// <summary>
/// A resolution's number as written: one running number (<c>242</c>, <c>3236</c>), or a session and a
/// number (<c>62/243</c>, <c>S-10/2</c>, <c>ES-10/21</c>), or another body's numbering, never the
/// General Assembly's: a year and a number (<c>1998/53</c>, the Economic and Social Council's and
/// the commissions'), or a session and a number with a suffix (<c>3/11-P</c>, the OIC's).
/// </summary>
internal readonly record struct ResolutionNumber(int Number, int? Session = null, AssemblySessionKind SessionKind = AssemblySessionKind.Regular, bool OtherNumbering = false)
{
    /// <summary>A number the General Assembly writes with its session: <c>62/243</c>, <c>S-10/2</c>.</summary>
    public bool IsSessional => Session is not null && !OtherNumbering;

    /// <summary>One running number, as the Security Council (and the Assembly before 1976) writes it.</summary>
    public bool IsPlain => Session is null;

    /// <summary>How it reads in a symbol: <c>62/243</c>, <c>S-10/2</c>, <c>ES-10/21</c>, <c>242</c>.</summary>
    public override string ToString() => Session switch
    {
        null => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        { } session => SessionKind switch
        {
            AssemblySessionKind.Special => $"S-{session}/{Number}",
            AssemblySessionKind.EmergencySpecial => $"ES-{session}/{Number}",
            _ => $"{session}/{Number}",
        },
    };
}
