using ClaimTracker.Pipeline.Splitting;
using Microsoft.Azure.Functions.Worker;

namespace ClaimTracker.Functions;

/// <summary>Every five minutes, splits uploads that no blob trigger delivered (a dead-lettered Event Grid event, a missed scan).</summary>
public sealed class ReconcileDocuments(DocumentReconciler reconciler)
{
    public const string Schedule = "0 */5 * * * *";

    [Function(nameof(ReconcileDocuments))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        reconciler.ReconcileAsync(cancellationToken);
}
