using System.Globalization;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>What the host tells a function about the message that triggered it, beyond its body.</summary>
internal static class TriggerMetadata
{
    /// <summary>
    /// The queue trigger's <c>DequeueCount</c>. The host sends binding data as text or JSON
    /// numbers depending on its version, so this reads either; a host that sends none counts as
    /// a first delivery, which never marks a document failed.
    /// </summary>
    public static long DequeueCount(FunctionContext context) =>
        context.BindingContext.BindingData.TryGetValue("DequeueCount", out var value)
        && long.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count)
            ? count
            : 1;
}
