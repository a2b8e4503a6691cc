using System.Net.Http.Headers;
using ClaimTracker.Cli.Api;
using ClaimTracker.Cli.Review;
using ClaimTracker.Pipeline.Contracts;
using ClaimTracker.Pipeline.Review;

namespace ClaimTracker.Cli.Upload;

/// <summary>
/// <c>claimtracker upload FILE... [--wait]</c>: uploads documents through the review API, as an
/// analyst would, and with <c>--wait</c> follows each until this very upload is ready or failed,
/// then prints what the pipeline found.
/// </summary>
internal static class UploadCommand
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(500);

    public static async Task<int> RunAsync(ApiClient api, IReadOnlyList<string> paths, bool wait, TimeSpan timeout, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Each file is stored under its name: two of one name would be two versions of one document.
        var clash = paths.GroupBy(Path.GetFileName, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            await stderr.WriteLineAsync($"claimtracker: {string.Join(" and ", clash)} would both be uploaded as {clash.Key}; upload them separately or rename one").ConfigureAwait(false);
            return 1;
        }

        var uploaded = new List<UploadResource>();
        var failed = false;
        foreach (var path in paths)
        {
            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await stderr.WriteLineAsync($"claimtracker: {path}: {e.Message}").ConfigureAwait(false);
                failed = true;
                continue;
            }

            var name = Path.GetFileName(path);
            var body = new ByteArrayContent(content);
            body.Headers.ContentType = new MediaTypeHeaderValue(Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase) ? "text/plain" : "application/octet-stream");
            var request = new HttpRequestMessage(HttpMethod.Post, $"documents?name={Uri.EscapeDataString(name)}") { Content = body };
            var result = await api.SendAsync(request, PipelineJsonContext.Web.UploadResource, cancellationToken).ConfigureAwait(false);
            if (result.Value is { } upload)
            {
                uploaded.Add(upload);
                await stdout.WriteLineAsync($"uploaded {path} as {upload.Name} ({upload.Id})").ConfigureAwait(false);
            }
            else
            {
                await stderr.WriteLineAsync($"claimtracker: {path}: {result.Problem!.Detail}").ConfigureAwait(false);
                failed = true;
            }
        }

        if (wait)
        {
            foreach (var upload in uploaded)
            {
                var document = await WaitAsync(api, upload, timeout, cancellationToken).ConfigureAwait(false);
                if (document is null)
                {
                    await stdout.WriteLineAsync($"\n{upload.Name}: not processed within {timeout.TotalSeconds:0} s. Is the pipeline running (claimtracker serve, or func start)?").ConfigureAwait(false);
                    failed = true;
                    continue;
                }
                failed |= document.Status != "ready";
                var claims = document.Status == "ready"
                    ? await ClaimsCommand.ReadAllAsync(api, document.Id, new Dictionary<string, string?>(), stderr, cancellationToken).ConfigureAwait(false) ?? []
                    : [];
                await stdout.WriteAsync("\n" + ClaimsCommand.Table(document, claims)).ConfigureAwait(false);
            }
        }
        return failed ? 1 : 0;
    }

    /// <summary>Waits for this upload, not an earlier one of the same name: its version, or a failure after it was uploaded.</summary>
    private static async Task<DocumentResource?> WaitAsync(ApiClient api, UploadResource upload, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            while (true)
            {
                var found = await api.GetAsync($"documents/{upload.Id}", PipelineJsonContext.Web.DocumentResource, deadline.Token).ConfigureAwait(false);
                if (found.Value is { Status: "ready" or "failed" } document &&
                    (document.Version == upload.Version || (document.Status == "failed" && document.Version is null && document.UploadedAt >= upload.UploadedAt)))
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
}
