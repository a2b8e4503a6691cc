using ClaimTracker.Core.Layout;
using ClaimTracker.Core.Segmentation;

namespace ClaimTracker.Core.Attribution;

/// <summary>
/// In a transcript or verbatim record, a speaker's label ("The PRESIDENT:", "Mr. Nebenzia (Russian
/// Federation):", "Q:") names who speaks every claim after it until the next label. A quotation
/// inside the speech keeps the speaker its own words name; the rest is the label's.
/// </summary>
public static class TurnSpeakers
{
    public static IReadOnlyList<Unit> Assign(IReadOnlyList<Unit> units)
    {
        string? speaker = null;
        var assigned = new Unit[units.Count];
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            if (unit.Kind == UnitKind.Heading && SpeakerLabels.LabelEnd(unit.Text) == unit.Text.Length)
            {
                speaker = SpeakerLabels.SpeakerOf(unit.Text);
            }
            else if (speaker is not null && unit.Speaker is null && unit.Kind is UnitKind.Claim or UnitKind.Fragment)
            {
                unit = unit with { Speaker = speaker, SpeaksInTurn = true };
            }
            assigned[i] = unit;
        }
        return assigned;
    }
}
