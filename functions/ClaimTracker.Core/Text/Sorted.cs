namespace ClaimTracker.Core.Text;

/// <summary>Binary search over things kept in text order, by where each starts.</summary>
public static class Sorted
{
    /// <summary>The index of the first item whose start is at or after <paramref name="position"/> (the count when none is).</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int position, Func<T, int> start)
    {
        int low = 0, high = items.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (start(items[middle]) < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }
        return low;
    }
}
