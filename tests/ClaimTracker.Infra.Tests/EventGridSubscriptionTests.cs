using System.Diagnostics;
using System.Text.Json.Nodes;
using ClaimTracker.Functions;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;

namespace ClaimTracker.Infra.Tests;

/// <summary>
/// infra/eventgrid-subscription.bicep and the azd hook that deploys it after the code: the
/// subscription must deliver exactly the uploads SplitDocument is declared for, to the blobs
/// extension's webhook, with the key kept out of logs and outputs.
/// </summary>
[Collection(CompiledInfraCollection.Name)]
public sealed class EventGridSubscriptionTests(CompiledInfra infra)
{
    private readonly ArmScope template = new(infra.Template("eventgrid-subscription.bicep"));

    private JsonObject Subscription => Assert.Single(template.AllResources,
        r => r.Type == "Microsoft.EventGrid/systemTopics/eventSubscriptions" && !r.IsExisting).Instances().Single();

    [Fact]
    public void BlobCreated_events_under_documents_reach_SplitDocument()
    {
        var properties = Subscription["properties"]!;

        Assert.Equal(["Microsoft.Storage.BlobCreated"], properties["filter"]!["includedEventTypes"]!.AsArray().Select(e => (string?)e));
        Assert.Equal($"/blobServices/default/containers/{StorageNames.DocumentsContainer}/", (string?)properties["filter"]!["subjectBeginsWith"]);
        Assert.StartsWith(StorageNames.DocumentsContainer + "/", ClaimTracker.Pipeline.PipelineTriggers.DocumentBlobPath, StringComparison.Ordinal);
        Assert.Equal("EventGridSchema", (string?)properties["eventDeliverySchema"]);
    }

    [Fact]
    public void The_webhook_is_the_blobs_extension_endpoint_of_the_app_with_the_secure_key()
    {
        var destination = Subscription["properties"]!["destination"]!;
        var url = (string)destination["properties"]!["endpointUrl"]!;

        Assert.Equal("WebHook", (string?)destination["endpointType"]);
        Assert.Matches(
            "^https://⟨reference\\('Microsoft\\.Web/sites/⟨parameters\\('functionAppName'\\)⟩', '[0-9-]+'\\)\\.defaultHostName⟩" +
            $"/runtime/webhooks/blobs\\?functionName=Host\\.Functions\\.{nameof(SplitDocument)}" +
            "&code=⟨uriComponent\\(parameters\\('blobsExtensionKey'\\)\\)⟩$",
            url);
    }

    [Fact]
    public void The_key_is_a_secure_parameter_without_a_default_and_no_output_carries_it()
    {
        var key = template.Template["parameters"]!["blobsExtensionKey"]!;

        Assert.Equal("securestring", (string?)key["type"]);
        Assert.Null(key["defaultValue"]);
        Assert.DoesNotContain("blobsExtensionKey", template.Template["outputs"]?.ToJsonString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Failed_deliveries_are_retried_for_a_day()
    {
        var retry = Subscription["properties"]!["retryPolicy"]!;

        Assert.Equal(1440, (int)retry["eventTimeToLiveInMinutes"]!);
        Assert.True((int)retry["maxDeliveryAttempts"]! >= 10);
    }

    [Fact]
    public void The_postdeploy_hook_deploys_this_template_with_every_parameter_it_declares()
    {
        var hook = AzdProject.Postdeploy;

        Assert.Contains("infra/eventgrid-subscription.bicep", hook, StringComparison.Ordinal);
        foreach (var (name, parameter) in template.Template["parameters"]!.AsObject())
        {
            // Plain parameters on the command line; the secure one only in the private parameters file.
            var expected = (string?)parameter!["type"] == "securestring" ? $"{{\"{name}\":{{\"value\":" : $" {name}=";
            Assert.Contains(expected, hook, StringComparison.Ordinal);
        }
        Assert.Contains("systemKeys.blobs_extension", hook, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_yaml_runs_the_hook_after_deploy_and_the_hook_is_valid_bash()
    {
        Assert.Contains("postdeploy:", AzdProject.AzureYaml, StringComparison.Ordinal);
        Assert.Contains("run: ./infra/hooks/postdeploy.sh", AzdProject.AzureYaml, StringComparison.Ordinal);
        Assert.NotEqual(UnixFileMode.None, File.GetUnixFileMode(AzdProject.PostdeployPath) & UnixFileMode.UserExecute);

        var check = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        check.ArgumentList.Add("-n");
        check.ArgumentList.Add(AzdProject.PostdeployPath);
        using var bash = Process.Start(check)!;
        var errors = bash.StandardError.ReadToEnd();
        bash.WaitForExit();
        Assert.True(bash.ExitCode == 0, errors);
    }

    [Fact]
    public void On_windows_azd_runs_a_powershell_twin_that_checks_the_same_variables_and_deploys_the_same_template()
    {
        var twin = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "infra", "hooks", "postdeploy.ps1"));

        Assert.Contains("windows:", AzdProject.AzureYaml, StringComparison.Ordinal);
        Assert.Contains("run: ./infra/hooks/postdeploy.ps1", AzdProject.AzureYaml, StringComparison.Ordinal);
        Assert.NotEmpty(AzdProject.HookVariables);
        Assert.All(AzdProject.HookVariables, name => Assert.Contains($"'{name}'", twin, StringComparison.Ordinal));
        Assert.Contains("'infra' 'eventgrid-subscription.bicep'", twin, StringComparison.Ordinal);
        foreach (var (name, parameter) in template.Template["parameters"]!.AsObject())
        {
            var expected = (string?)parameter!["type"] == "securestring" ? $"{{\"{name}\":{{\"value\":" : $" {name}=";
            Assert.Contains(expected, twin, StringComparison.Ordinal);
        }
        Assert.Contains("systemKeys.blobs_extension", twin, StringComparison.Ordinal);
    }
}
