using System.Globalization;
using System.Text;
using Azure.Storage.Blobs.Models;
using ClaimTracker.Cli.Serve;
using ClaimTracker.Core.Identity;
using ClaimTracker.Pipeline;
using ClaimTracker.Pipeline.Review;
using ClaimTracker.Pipeline.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTracker.Cli.Upload;

/// <summary>
/// <c>claimtracker upload FILE... [--wait]</c>: puts documents into the <c>documents</c>
/// container of the configured account, as an analyst would, and with <c>--wait</c> follows
/// them until each is ready or failed and prints what the pipeline found.
/// </summary>
internal static class UploadCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, bool wait, TimeSpan timeout, string settingsPath, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder().AddFunctionAppSettings(settingsPath).Build();
        await using var services = new ServiceCollection().AddLogging().AddClaimTracker(configuration).BuildServiceProvider();
        var storage = services.GetRequiredService<ClaimTrackerStorage>();
        await storage.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);

        var uploaded = new List<(string Name, string ETag)>();
        var failed = false;
        foreach (var path in paths)
        {
            var name = Path.GetFileName(path);
            try
            {
                var blob = storage.Documents.GetBlobClient(name);
                var info = await blob.UploadAsync(path, new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "text/plain" } }, cancellationToken).ConfigureAwait(false);
                uploaded.Add((name, info.Value.ETag.ToString()));
                await stdout.WriteLineAsync($"uploaded {path} as documents/{name}").ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"claimtracker: {path}: {e.Message}").ConfigureAwait(false);
                failed = true;
            }
        }

        if (wait)
        {
            var documents = services.GetRequiredService<DocumentRepository>();
            var claims = services.GetRequiredService<ClaimRepository>();
            foreach (var (name, etag) in uploaded)
            {
                var document = await WaitAsync(documents, name, etag, timeout, cancellationToken).ConfigureAwait(false);
                failed |= document?.ParsedStatus != DocumentStatus.Ready;
                await stdout.WriteAsync(await SummarizeAsync(name, document, claims, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
            }
        }
        return failed ? 1 : 0;
    }

    private static async Task<DocumentEntity?> WaitAsync(DocumentRepository documents, string name, string etag, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var id = DocumentIdentity.DocumentIdFor(name);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var document = await documents.FindAsync(id, deadline.Token).ConfigureAwait(false);
                if (document is { ParsedStatus: DocumentStatus.Ready or DocumentStatus.Failed } && document.BlobETag == etag)
                {
                    return document;
                }
                await Task.Delay(PollInterval, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    private static async Task<string> SummarizeAsync(string name, DocumentEntity? document, ClaimRepository claims, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        if (document is null)
        {
            return $"\n{name}: not processed in time. Is the pipeline running (claimtracker serve, or func start)?\n";
        }
        if (document.ParsedStatus == DocumentStatus.Failed)
        {
            return $"\n{name}: failed: {document.Error}\n";
        }

        text.Append(CultureInfo.InvariantCulture, $"\n{name} ({document.PartitionKey}): {document.UnitCount} units, {document.ClaimCount} claims, {document.CitedClaimCount} with citations\n");
        var rows = await claims.ListAsync(document.PartitionKey, includeRemoved: false, cancellationToken).ConfigureAwait(false);
        foreach (var claim in rows.OrderBy(c => c.Ordinal))
        {
            var kind = claim.Kind == "claim" ? string.Empty : $"[{claim.Kind}] ";
            text.Append(CultureInfo.InvariantCulture, $"  {claim.Ordinal,3}. {kind}{claim.Text}\n");
            foreach (var citation in claim.ToResource().Citations)
            {
                text.Append(CultureInfo.InvariantCulture, $"       -> {citation.Kind} {citation.Canonical} {citation.Url}\n");
            }
        }
        return text.ToString();
    }
}
