namespace ClaimTracker.Core.Citations.Organs;

/// <summary>
/// Who adopted something: one of the <see cref="UnOrgan"/>s, or another body named in the text
/// (<c>OAU</c>, <c>League of Arab States</c>, <c>European Parliament</c>), whose resolutions are not UN citations.
/// </summary>
internal readonly record struct Body(UnOrgan? Organ, string? Name)
{
    public static Body Of(UnOrgan organ) => new(organ, null);

    public static Body Other(string name) => new(null, name);

    public bool IsUn => Organ is not null;
}
