using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using ClaimTracker.Testing;

namespace ClaimTracker.EndToEnd.Tests;

/// <summary>
/// One <c>claimtracker serve</c> child process against a given storage account, on a free
/// loopback port, with the settings a test asks for in its environment.
/// </summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Settings every test server runs with: retries a second apart instead of host.json's
    /// ten, so a message's five deliveries take seconds.
    /// </summary>
    private static readonly Dictionary<string, string> TestDefaults = new()
    {
        ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:01",
    };

    private readonly StringBuilder _output = new();
    private readonly Process _process;

    private ServeProcess(Process process, HttpClient api, BlobContainerClient documents)
    {
        _process = process;
        Api = api;
        Documents = documents;
    }

    public HttpClient Api { get; }

    public BlobContainerClient Documents { get; }

    /// <summary>What serve printed so far, for failure messages and the log checks.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>How to run <c>claimtracker serve</c> on <paramref name="port"/> against a storage account, ignoring any local.settings.json.</summary>
    public static ProcessStartInfo StartInfo(string connectionString, int port)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(RepositoryPaths.BuildOutput("ClaimTracker.Cli"), "claimtracker.dll"), "serve", "--port", port.ToString(CultureInfo.InvariantCulture), "--settings", "no-local-settings.json" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["AzureWebJobsStorage"] = connectionString;
        return start;
    }

    /// <param name="storageAnswers">
    /// Whether to wait until the API reads storage (200), or only until it answers at all: serve
    /// started while storage is unreachable answers 503 and starts processing when storage appears.
    /// </param>
    public static async Task<ServeProcess> StartAsync(string connectionString, IReadOnlyDictionary<string, string>? settings = null, bool storageAnswers = true)
    {
        var port = FreePorts.Take(1)[0];
        var start = StartInfo(connectionString, port);
        foreach (var (name, value) in TestDefaults.Concat(settings ?? new Dictionary<string, string>()))
        {
            start.Environment[name] = value;
        }

        var serve = new ServeProcess(
            Process.Start(start)!,
            new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/api/") },
            new BlobContainerClient(connectionString, "documents"));
        serve._process.OutputDataReceived += (_, e) => serve.Append(e.Data);
        serve._process.ErrorDataReceived += (_, e) => serve.Append(e.Data);
        serve._process.BeginOutputReadLine();
        serve._process.BeginErrorReadLine();
        try
        {
            await serve.WaitUntilServingAsync(storageAnswers);
        }
        catch
        {
            await serve.DisposeAsync();
            throw;
        }
        return serve;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        Api.Dispose();
    }

    /// <summary>Whether the process has ended (it should not, whatever storage does).</summary>
    public bool HasExited => _process.HasExited;

    private async Task WaitUntilServingAsync(bool storageAnswers)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"claimtracker serve exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                using var response = await Api.GetAsync("documents");
                if (response.StatusCode == HttpStatusCode.OK || !storageAnswers)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"claimtracker serve did not answer within {StartTimeout.TotalSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
