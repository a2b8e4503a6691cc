namespace ClaimTracker.Core.ReferenceData;

/// <summary>
/// General Assembly resolutions numbered before 1976, when one sequence ran across sessions
/// (<c>181 (II)</c>, <c>3236 (XXIX)</c>): the session, and the years, each number belongs to.
/// From the 31st session on, the symbol carries the session itself (<c>31/1</c>).
/// </summary>
public static class GeneralAssemblyResolutions
{
    private static readonly Lazy<AssemblyResolutionBlock[]> Blocks = new(() =>
        EmbeddedCsv.Rows("unga-resolutions-1946-1975.csv")
            .Select(r => new AssemblyResolutionBlock(r[0], r[1], (AssemblySessionKind)r[2], r[3], r[4], r[5], Checked: r.Length < 7 || r[6] == 1))
            .OrderBy(b => b.First)
            .ToArray());

    /// <summary>The highest number of the old sequence.</summary>
    public static int LastNumbered => Blocks.Value[^1].Last;

    /// <summary>The block resolution <paramref name="number"/> belongs to, or null outside the old sequence.</summary>
    public static AssemblyResolutionBlock? Of(int number)
    {
        var blocks = Blocks.Value;
        int low = 0, high = blocks.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (blocks[middle].Last < number)
            {
                low = middle + 1;
            }
            else if (blocks[middle].First > number)
            {
                high = middle - 1;
            }
            else
            {
                return blocks[middle];
            }
        }
        return null;
    }

    /// <summary>Every block, in number order.</summary>
    public static IReadOnlyList<AssemblyResolutionBlock> All => Blocks.Value;
}
