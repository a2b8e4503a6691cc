using System.Diagnostics;
using System.Text;

namespace ClaimTracker.Testing;

/// <summary>
/// Azurite from the repository's <c>node_modules</c> (pinned in package.json), on free loopback
/// ports with a throwaway data folder. Used where no Docker engine answers, and by the outage
/// tests, which stop it and start it again on the same ports and data.
/// </summary>
public sealed class NpmAzurite : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly string _dataFolder;
    private readonly StringBuilder _output;
    private bool _handedOver;

    private NpmAzurite(Process process, string dataFolder, StringBuilder output, AzuriteEndpoints endpoints)
    {
        _process = process;
        _dataFolder = dataFolder;
        _output = output;
        Endpoints = endpoints;
    }

    public AzuriteEndpoints Endpoints { get; }

    public static string EntryPoint => Path.Combine(RepositoryPaths.Root, "node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>Starts Azurite and waits until all three services accept connections; retries with new ports if one was taken meanwhile.</summary>
    public static async Task<NpmAzurite> StartAsync(string? dataFolder = null, AzuriteEndpoints? endpoints = null)
    {
        if (!File.Exists(EntryPoint))
        {
            throw new InvalidOperationException($"Azurite is not installed at {EntryPoint}. Run `npm ci` in {RepositoryPaths.Root} (the test command does).");
        }

        Exception? last = null;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var ports = endpoints is null ? FreePorts.Take(3) : [endpoints.BlobPort, endpoints.QueuePort, endpoints.TablePort];
            var folder = dataFolder ?? Directory.CreateTempSubdirectory("claimtracker-azurite-").FullName;
            var started = Start(folder, new AzuriteEndpoints("127.0.0.1", ports[0], ports[1], ports[2]));
            try
            {
                await started.WaitUntilListeningAsync();
                return started;
            }
            catch (Exception e) when (e is TimeoutException or InvalidOperationException)
            {
                last = e;
                await started.DisposeAsync();
            }
        }
        throw new InvalidOperationException("Azurite did not start after three attempts.", last);
    }

    private static NpmAzurite Start(string dataFolder, AzuriteEndpoints endpoints)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            EntryPoint,
            "--silent",
            // Current SDKs send a newer x-ms-version than Azurite knows.
            "--skipApiVersionCheck",
            "--location", dataFolder,
            "--blobHost", endpoints.Host, "--blobPort", endpoints.BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--queueHost", endpoints.Host, "--queuePort", endpoints.QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--tableHost", endpoints.Host, "--tablePort", endpoints.TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new NpmAzurite(process, dataFolder, output, endpoints);
    }

    private async Task WaitUntilListeningAsync()
    {
        using var timeout = new CancellationTokenSource(StartTimeout);
        int[] ports = [Endpoints.BlobPort, Endpoints.QueuePort, Endpoints.TablePort];
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode}: {Output}");
            }
            var listening = await Task.WhenAll(ports.Select(p => FreePorts.IsListeningAsync(p, timeout.Token)));
            if (listening.All(x => x))
            {
                return;
            }
            try
            {
                await Task.Delay(100, timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Azurite did not listen within {StartTimeout.TotalSeconds} s: {Output}");
            }
        }
    }

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

    public string DataFolder => _dataFolder;

    /// <summary>
    /// Stops Azurite with SIGTERM, as a service manager would, keeping its data folder. Azurite
    /// writes its metadata to disk every few seconds and on shutdown; SIGKILL would lose the last
    /// seconds of writes it had acknowledged, which no real storage account does.
    /// </summary>
    public async Task StopAsync()
    {
        if (_process.HasExited)
        {
            return;
        }
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>A new Azurite on this one's ports and data folder; this one stops and hands the folder over.</summary>
    public async Task<NpmAzurite> RestartAsync()
    {
        await StopAsync();
        _handedOver = true;
        _process.Dispose();
        return await StartAsync(_dataFolder, Endpoints);
    }

    /// <summary>Stops the process and deletes its data folder, unless a restart took it over.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_handedOver)
        {
            return;
        }
        await StopAsync();
        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A data folder Azurite still holds open is left to the OS's temp cleanup.
        }
    }
}
