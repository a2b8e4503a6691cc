using System.Diagnostics;
using System.Globalization;
using ClaimTracker.Testing;
using Xunit.Abstractions;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>
/// 200 documents uploaded at once through <c>POST /api/documents</c> of a fresh
/// <c>claimtracker serve</c>. CI runs a small mix; <c>CLAIMTRACKER_LOAD=full</c> runs sizes
/// up to 2 MB (see the README's Reliability section). The figures are reported, not asserted.
/// </summary>
public sealed class LoadTests(ITestOutputHelper output)
{
    private const int Documents = 200;

    private static bool Full => string.Equals(Environment.GetEnvironmentVariable("CLAIMTRACKER_LOAD"), "full", StringComparison.OrdinalIgnoreCase);

    [Fact]
    public async Task Two_hundred_documents_uploaded_at_once_all_become_ready_with_every_claim_once()
    {
        await using var azurite = await NpmAzurite.StartAsync();
        await using var serve = await ServeProcess.StartAsync(azurite.Endpoints.ConnectionString, new Dictionary<string, string>
        {
            ["ClaimTracker__MaxDocumentBytes"] = (3 * 1024 * 1024).ToString(CultureInfo.InvariantCulture),
        });
        var documents = Enumerable.Range(1, Documents).ToDictionary(i => $"load/briefing-{i:D3}.txt", i => SyntheticDocuments.Create(1000 + i, SizeOf(i)));
        var megabytes = documents.Values.Sum(t => t.Length) / 1e6;
        var clock = Stopwatch.StartNew();

        using (var uploads = new SemaphoreSlim(16))
        {
            await Task.WhenAll(documents.Select(async d =>
            {
                await uploads.WaitAsync();
                try
                {
                    using var response = await serve.Api.PostAsync($"documents?name={Uri.EscapeDataString(d.Key)}", new StringContent(d.Value));
                    Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
                }
                finally
                {
                    uploads.Release();
                }
            }));
        }
        var finished = await DocumentWatch.WaitForAllAsync(serve, documents.Keys, Full ? TimeSpan.FromMinutes(60) : TimeSpan.FromMinutes(5));
        var seconds = clock.Elapsed.TotalSeconds;

        int claims = 0, lost = 0, duplicated = 0;
        foreach (var (name, text) in documents)
        {
            Assert.Equal("ready", finished[name].GetProperty("status").GetString());
            var compared = await DocumentWatch.CompareClaimsAsync(serve, name, text);
            (claims, lost, duplicated) = (claims + compared.Expected, lost + compared.Lost, duplicated + compared.Duplicated);
        }
        Assert.Equal(0, lost);
        Assert.Equal(0, duplicated);
        var largest = documents.Values.Max(t => t.Length) / 1e6;
        output.WriteLine($"{Documents} documents, {megabytes:F1} MB, {claims} claims in {seconds:F1} s: {claims / seconds:F0} claims/s");
        ReliabilityReport.Record(new ReliabilityRow("load",
            $"{Documents} documents ({megabytes:F1} MB, largest {largest:F2} MB) uploaded at once through POST /api/documents{(Full ? " (full size)" : "")}",
            $"all ready; {claims / seconds:F0} claims/s end to end", Documents, claims, lost, duplicated, seconds));
    }

    /// <summary>Mostly short documents, every twentieth a long one; full size adds three of 0.5, 1 and 2 MB.</summary>
    private static int SizeOf(int i) => (Full, i) switch
    {
        (true, Documents) => 2_000_000,
        (true, Documents - 1) => 1_000_000,
        (true, Documents - 2) => 500_000,
        (true, _) when i % 20 == 0 => 60_000 + (i * 500),
        (true, _) => 2_000 + (i % 7 * 1_000),
        (false, _) when i % 20 == 0 => 6_000 + (i * 30),
        _ => 600 + (i % 5 * 250),
    };
}
