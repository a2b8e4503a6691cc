using System.Text.Encodings.Web;
using System.Text.Json;
using ClaimTracker.Core.Decoding;
using ClaimTracker.Pipeline.Contracts;

namespace ClaimTracker.Cli.Analyze;

/// <summary>
/// <c>claimtracker analyze FILE... [--format json|jsonl|table]</c>: the split and cite stages
/// on local files, no storage. One file as <c>json</c> prints one object; several print JSON
/// Lines in the order given. A file that cannot be read gets one line on stderr and a
/// non-zero exit, and the other files are still processed.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly PipelineJsonContext Indented = new(new JsonSerializerOptions(PipelineJsonContext.Default.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly PipelineJsonContext Compact = new(new JsonSerializerOptions(PipelineJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static async Task<int> RunAsync(IReadOnlyList<string> paths, AnalysisFormat format, Stream stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        var lines = format == AnalysisFormat.Jsonl || (format == AnalysisFormat.Json && paths.Count > 1);
        var failed = false;
        foreach (var path in paths)
        {
            var report = await TryAnalyzeAsync(path, stderr, cancellationToken).ConfigureAwait(false);
            if (report is null)
            {
                failed = true;
                continue;
            }

            if (format == AnalysisFormat.Table)
            {
                await TableView.WriteAsync(report, stdout, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var context = lines ? Compact : Indented;
                await JsonSerializer.SerializeAsync(stdout, report, context.AnalysisReport, cancellationToken).ConfigureAwait(false);
                stdout.WriteByte((byte)'\n');
            }
            await stdout.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        return failed ? 1 : 0;
    }

    private static async Task<AnalysisReport?> TryAnalyzeAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
    {
        byte[] content;
        try
        {
            content = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await stderr.WriteLineAsync($"claimtracker: {path}: {e.Message}").ConfigureAwait(false);
            return null;
        }

        var decoded = DocumentDecoder.Decode(content);
        if (!decoded.Succeeded)
        {
            await stderr.WriteLineAsync($"claimtracker: {path}: {decoded.FailureReason}").ConfigureAwait(false);
            return null;
        }
        return AnalysisReports.For(Path.GetFileName(path), content, decoded.Document);
    }
}
