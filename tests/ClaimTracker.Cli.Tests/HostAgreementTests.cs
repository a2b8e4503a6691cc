using System.Reflection;
using System.Text.Json;
using ClaimTracker.Cli.Serve;
using ClaimTracker.Testing;
using Microsoft.Azure.WebJobs;

namespace ClaimTracker.Cli.Tests;

/// <summary>
/// serve runs the function app's triggers on the WebJobs SDK: the same names (so the same
/// <c>AzureWebJobs.{name}.Disabled</c> settings apply), blob path, queue and connection as the
/// functions.metadata the worker SDK generates for Azure.
/// </summary>
public sealed class HostAgreementTests
{
    private static readonly Dictionary<string, JsonElement> FunctionApp = JsonDocument
        .Parse(File.ReadAllText(Path.Combine(RepositoryPaths.BuildOutput("ClaimTracker.Functions"), "functions.metadata")))
        .RootElement.EnumerateArray()
        .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.Clone());

    [Fact]
    public void Every_serve_trigger_is_a_function_app_trigger_with_the_same_name_path_queue_and_connection()
    {
        var jobs = typeof(PipelineJobs).GetMethods()
            .Select(m => (Method: m, Name: m.GetCustomAttribute<FunctionNameAttribute>()?.Name))
            .Where(j => j.Name is not null)
            .ToArray();

        Assert.NotEmpty(jobs);
        foreach (var (method, name) in jobs)
        {
            Assert.True(FunctionApp.ContainsKey(name!), $"serve runs {name}, which the function app does not declare");
            var trigger = FunctionApp[name!].GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
            var parameters = method.GetParameters();
            if (parameters.Select(p => p.GetCustomAttribute<BlobTriggerAttribute>()).SingleOrDefault(a => a is not null) is { } blob)
            {
                Assert.Equal("blobTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal(trigger.GetProperty("path").GetString(), blob.BlobPath);
                Assert.Equal(trigger.GetProperty("connection").GetString(), blob.Connection);
            }
            else
            {
                var queue = parameters.Select(p => p.GetCustomAttribute<QueueTriggerAttribute>()).Single(a => a is not null)!;
                Assert.Equal("queueTrigger", trigger.GetProperty("type").GetString());
                Assert.Equal(trigger.GetProperty("queueName").GetString(), queue.QueueName);
                Assert.Equal(trigger.GetProperty("connection").GetString(), queue.Connection);
            }
        }
    }
}
