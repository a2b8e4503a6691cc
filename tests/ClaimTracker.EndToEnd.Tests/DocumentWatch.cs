using System.Net.Http.Json;
using System.Text.Json;
using ClaimTracker.Core.Analysis;
using ClaimTracker.Core.Identity;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>Follows many uploads through <c>GET /api/documents</c> and checks what came out against what should have.</summary>
public static class DocumentWatch
{
    /// <summary>Polls until every named document is ready or failed; fails with serve's log if some never are.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> WaitForAllAsync(ServeProcess serve, IReadOnlyCollection<string> names, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var pending = names.ToHashSet(StringComparer.Ordinal);
        var finished = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        while (true)
        {
            try
            {
                foreach (var document in await ListAllAsync(serve))
                {
                    var name = document.GetProperty("name").GetString()!;
                    if (pending.Contains(name) && document.GetProperty("status").GetString() is "ready" or "failed")
                    {
                        finished[name] = document.Clone();
                        pending.Remove(name);
                    }
                }
            }
            catch (HttpRequestException)
            {
                // Storage may be down on purpose; the API answers 503 meanwhile.
            }
            if (pending.Count == 0)
            {
                return finished;
            }
            if (DateTime.UtcNow > deadline)
            {
                var log = Path.Combine(Path.GetTempPath(), $"claimtracker-serve-{Guid.NewGuid():N}.log");
                await File.WriteAllTextAsync(log, serve.Output);
                throw new TimeoutException($"{pending.Count} of {names.Count} documents were not processed within {timeout.TotalSeconds} s, e.g. {pending.First()}. serve's whole log is in {log}; it ended:\n{Tail(serve.Output)}");
            }
            await Task.Delay(500);
        }
    }

    /// <summary>Every document, page by page.</summary>
    private static async Task<IReadOnlyList<JsonElement>> ListAllAsync(ServeProcess serve)
    {
        var documents = new List<JsonElement>();
        string? token = null;
        do
        {
            var page = await serve.Api.GetFromJsonAsync<JsonElement>("documents?top=1000" + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token)));
            documents.AddRange(page.GetProperty("items").EnumerateArray().Select(d => d.Clone()));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);
        return documents;
    }

    /// <summary>
    /// Compares the claims the API serves for a document with what the analyzer makes of its
    /// text: claim ids missing (lost) and served more than once or unexpected (duplicated).
    /// </summary>
    public static async Task<(int Expected, int Lost, int Duplicated)> CompareClaimsAsync(ServeProcess serve, string blobName, string text)
    {
        var expected = DocumentAnalyzer.Analyze(text).Units.Select(u => u.Unit.Id).ToArray();
        var served = new List<string>();
        string? token = null;
        do
        {
            var url = $"documents/{DocumentIdentity.DocumentIdFor(blobName)}/claims?top=500" + (token is null ? "" : $"&continuationToken={Uri.EscapeDataString(token)}");
            var page = await serve.Api.GetFromJsonAsync<JsonElement>(url);
            served.AddRange(page.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()!));
            token = page.GetProperty("continuationToken").GetString();
        }
        while (token is not null);

        var wanted = expected.ToHashSet(StringComparer.Ordinal);
        var distinct = served.ToHashSet(StringComparer.Ordinal);
        var lost = wanted.Count(id => !distinct.Contains(id));
        var duplicated = served.Count - distinct.Count + distinct.Count(id => !wanted.Contains(id));
        return (expected.Length, lost, duplicated);
    }

    /// <summary>The last lines serve printed, without stack frames, for failure messages.</summary>
    public static string Tail(string output, int lines = 60) =>
        string.Join('\n', output.Split('\n').Where(l => !l.TrimStart().StartsWith("at ", StringComparison.Ordinal)).TakeLast(lines));
}
