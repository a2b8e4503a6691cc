using System.Diagnostics;
using System.Net;
using System.Text;
using Azure.Storage.Blobs;
using ClaimTracker.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ClaimTracker.EndToEnd.Tests;

[CollectionDefinition(Name)]
public sealed class ServeCollection : ICollectionFixture<ServeFixture>
{
    public const string Name = "claimtracker serve on Azurite";
}

/// <summary>
/// Owns the processes: an Azurite and <c>claimtracker serve</c> against it, started once for
/// the collection and stopped after it. Tests talk to them only as users would: the storage
/// SDK to upload, HTTP to read.
/// </summary>
public sealed class ServeFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly AzuriteFixture _azurite = new(diagnostics);
    private readonly StringBuilder _output = new();
    private Process? _serve;

    public HttpClient Api { get; } = new();

    public BlobContainerClient Documents { get; private set; } = null!;

    public string StorageConnectionString => _azurite.ConnectionString;

    /// <summary>The upload limit serve runs with here: small, so a test can exceed it cheaply.</summary>
    public const int MaxDocumentBytes = 2 * 1024 * 1024;

    /// <summary>What serve printed so far, for failure messages.</summary>
    public string ServeOutput
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        Documents = new BlobContainerClient(_azurite.ConnectionString, "documents");

        var port = FreePorts.Take(1)[0];
        Api.BaseAddress = new Uri($"http://127.0.0.1:{port}/api/");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(RepositoryPaths.BuildOutput("ClaimTracker.Cli"), "claimtracker.dll"), "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--settings", "no-local-settings.json" })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["AzureWebJobsStorage"] = _azurite.ConnectionString;
        start.Environment["ClaimTracker__MaxDocumentBytes"] = MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _serve = Process.Start(start)!;
        _serve.OutputDataReceived += (_, e) => Append(e.Data);
        _serve.ErrorDataReceived += (_, e) => Append(e.Data);
        _serve.BeginOutputReadLine();
        _serve.BeginErrorReadLine();

        await WaitUntilServingAsync();
        diagnostics.OnMessage(new DiagnosticMessage($"claimtracker serve listening on {Api.BaseAddress}"));
    }

    public async Task DisposeAsync()
    {
        if (_serve is { HasExited: false })
        {
            _serve.Kill(entireProcessTree: true);
            await _serve.WaitForExitAsync();
        }
        _serve?.Dispose();
        Api.Dispose();
        await _azurite.DisposeAsync();
    }

    private async Task WaitUntilServingAsync()
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_serve!.HasExited)
            {
                throw new InvalidOperationException($"claimtracker serve exited with {_serve.ExitCode}:\n{ServeOutput}");
            }
            try
            {
                using var response = await Api.GetAsync("documents");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"claimtracker serve did not answer within {StartTimeout.TotalSeconds} s:\n{ServeOutput}");
    }

    private void Append(string? line)
    {
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
