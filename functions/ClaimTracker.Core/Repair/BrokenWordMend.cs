namespace ClaimTracker.Core.Repair;

public enum BrokenWordMend
{
    /// <summary><c>implemen-</c> + <c>tation</c> = <c>implementation</c>.</summary>
    Join,

    /// <summary><c>self-</c> + <c>determination</c> = <c>self-determination</c>.</summary>
    KeepHyphen,

    /// <summary><c>ter-</c> + <c>territories</c> = <c>territories</c>.</summary>
    DropRepeatedPrefix,
}
