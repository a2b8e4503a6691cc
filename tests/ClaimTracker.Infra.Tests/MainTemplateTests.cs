using System.Text.Json.Nodes;
using ClaimTracker.Functions;
using ClaimTracker.Pipeline.Storage;
using ClaimTracker.Testing;

namespace ClaimTracker.Infra.Tests;

/// <summary>
/// The ARM JSON of infra/main.bicep, read the way ARM would deploy it: module parameters are
/// followed to the values main.bicep passes (defaults included), and what only Azure knows
/// stays as ⟨expression⟩ text. The properties checked are the ones a review would look for:
/// no keys anywhere, least-privilege roles on one resource each, the Flex Consumption shape,
/// and the trigger switch that makes the blob trigger work there.
/// </summary>
[Collection(CompiledInfraCollection.Name)]
public sealed class MainTemplateTests(CompiledInfra infra)
{
    private readonly ArmScope main = new(infra.Template("main.bicep"));

    private List<JsonObject> Deployed(string type) => main.AllResources
        .Where(r => r.Type == type && !r.IsExisting)
        .SelectMany(r => r.Instances())
        .ToList();

    private JsonObject Single(string type) => Assert.Single(Deployed(type));

    private static string Name(JsonObject resource) => ArmExpression.Display(resource["name"]);

    /// <summary>A resource's id as <see cref="ArmExpression"/> renders <c>resourceId()</c>.</summary>
    private static string Id(JsonObject resource) => $"{(string)resource["type"]!}/{Name(resource)}";

    private JsonObject StorageAccount => Single("Microsoft.Storage/storageAccounts");

    private JsonObject FunctionApp => Single("Microsoft.Web/sites");

    private JsonObject AppSettings => Assert.Single(Deployed("Microsoft.Web/sites/config"), c => Name(c).EndsWith("/appsettings", StringComparison.Ordinal))["properties"]!.AsObject();

    [Fact]
    public void The_storage_account_takes_no_keys_and_only_TLS_1_2_over_HTTPS()
    {
        var properties = StorageAccount["properties"]!;

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
    }

    [Fact]
    public void The_storage_account_holds_the_containers_queues_and_tables_the_code_names()
    {
        IEnumerable<string> Children(string type) => Deployed(type).Select(r => Name(r).Split('/').Last());

        var containers = Children("Microsoft.Storage/storageAccounts/blobServices/containers").ToList();
        Assert.Contains(StorageNames.DocumentsContainer, containers);
        Assert.Contains(StorageNames.LocksContainer, containers);
        Assert.Contains(containers, c => c.StartsWith("app-package-", StringComparison.Ordinal));
        Assert.All(Deployed("Microsoft.Storage/storageAccounts/blobServices/containers"),
            c => Assert.Equal("None", (string?)c["properties"]!["publicAccess"]));

        Assert.Equal(
            new[] { StorageNames.CitationQueue, StorageNames.CitationPoisonQueue, StorageNames.BlobTriggerPoisonQueue }.Order(),
            Children("Microsoft.Storage/storageAccounts/queueServices/queues").Order());
        Assert.Equal(
            new[] { StorageNames.DocumentsTable, StorageNames.ClaimsTable, StorageNames.CitationsTable, StorageNames.CitationBatchesTable }.Order(),
            Children("Microsoft.Storage/storageAccounts/tableServices/tables").Order());
    }

    [Fact]
    public void Nothing_in_the_template_is_a_key_or_reads_one()
    {
        var text = main.Template.ToJsonString();
        foreach (var secret in new[] { "listKeys", "listSecrets", "AccountKey", "SharedAccessSignature", "DefaultEndpointsProtocol", "sig=" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        // No secure parameter anywhere, so none can flow into an app setting or an output.
        var parameterTypes = main.AllScopes
            .SelectMany(s => s.Template["parameters"]?.AsObject() ?? [])
            .Select(p => (string?)p.Value!["type"]);
        Assert.DoesNotContain(parameterTypes, t => t is not null && t.StartsWith("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_function_app_runs_on_Flex_Consumption_with_dotnet_isolated_10()
    {
        var plan = Single("Microsoft.Web/serverfarms");
        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);

        var app = FunctionApp;
        Assert.Equal("functionapp,linux", (string?)app["kind"]);
        Assert.Equal(Id(plan), (string?)app["properties"]!["serverFarmId"]);
        Assert.True((bool)app["properties"]!["httpsOnly"]!);
        Assert.Equal("1.2", (string?)app["properties"]!["siteConfig"]!["minTlsVersion"]);

        var config = app["properties"]!["functionAppConfig"]!;
        Assert.Equal("dotnet-isolated", (string?)config["runtime"]!["name"]);
        Assert.Equal("10.0", (string?)config["runtime"]!["version"]);
        Assert.Equal(40, (int)config["scaleAndConcurrency"]!["maximumInstanceCount"]!);
        Assert.Equal(2048, (int)config["scaleAndConcurrency"]!["instanceMemoryMB"]!);
        Assert.Equal(16, (int)config["scaleAndConcurrency"]!["triggers"]!["http"]!["perInstanceConcurrency"]!);
    }

    [Fact]
    public void The_function_app_runs_as_its_user_assigned_identity_and_pulls_its_package_with_it()
    {
        var identity = Id(Single("Microsoft.ManagedIdentity/userAssignedIdentities"));
        var app = FunctionApp;

        Assert.Equal("UserAssigned", (string?)app["identity"]!["type"]);
        Assert.Equal([identity], app["identity"]!["userAssignedIdentities"]!.AsObject().Select(p => p.Key));

        var storage = app["properties"]!["functionAppConfig"]!["deployment"]!["storage"]!;
        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal(identity, (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        // The blob endpoint of the data account, then one of its containers.
        var package = (string)storage["value"]!;
        Assert.StartsWith($"⟨reference('{Id(StorageAccount)}', ", package, StringComparison.Ordinal);
        Assert.Contains(").primaryEndpoints.blob⟩", package, StringComparison.Ordinal);
        Assert.Contains(Deployed("Microsoft.Storage/storageAccounts/blobServices/containers"),
            c => package.EndsWith("⟩" + Name(c).Split('/').Last(), StringComparison.Ordinal));

        // Publishing with a user name and password is off; azd deploys with an Entra ID token.
        var policies = Deployed("Microsoft.Web/sites/basicPublishingCredentialsPolicies");
        Assert.Equal(["ftp", "scm"], policies.Select(p => Name(p).Split('/').Last()).Order());
        Assert.All(policies, p => Assert.False((bool)p["properties"]!["allow"]!));
    }

    [Fact]
    public void App_settings_reach_storage_and_telemetry_with_the_identity_and_hold_no_secret()
    {
        var settings = AppSettings;
        var identity = Single("Microsoft.ManagedIdentity/userAssignedIdentities");

        Assert.Equal(Name(StorageAccount), (string?)settings["AzureWebJobsStorage__accountName"]);
        Assert.Equal("managedidentity", (string?)settings["AzureWebJobsStorage__credential"]);
        Assert.Contains(Id(identity), (string?)settings["AzureWebJobsStorage__clientId"]);
        Assert.EndsWith(".clientId⟩", (string?)settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal($"ClientId={settings["AzureWebJobsStorage__clientId"]};Authorization=AAD", (string?)settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"]);
        Assert.Contains(Id(Single("Microsoft.Insights/components")), (string?)settings["APPLICATIONINSIGHTS_CONNECTION_STRING"]);

        // A connection-string AzureWebJobsStorage would carry a key; Flex Consumption refuses the
        // worker runtime and extension version settings (functionAppConfig says them).
        foreach (var absent in new[] { StorageNames.Connection, "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING" })
        {
            Assert.False(settings.ContainsKey(absent), $"app setting {absent} is set");
        }
        foreach (var (name, value) in settings)
        {
            var text = ArmExpression.Display(value);
            foreach (var secret in new[] { "AccountKey=", "SharedAccessSignature", "sig=", "listKeys(", "Password", "InstrumentationKey=" })
            {
                Assert.False(text.Contains(secret, StringComparison.OrdinalIgnoreCase), $"app setting {name} looks like a secret: {text}");
            }
        }
    }

    [Fact]
    public void The_split_runs_on_the_Event_Grid_blob_trigger_the_opposite_of_local()
    {
        var settings = AppSettings;
        var local = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "local.settings.sample.json")))!["Values"]!;

        Assert.Equal("false", (string?)settings[$"AzureWebJobs.{nameof(SplitDocument)}.Disabled"]);
        Assert.Equal("true", (string?)settings[$"AzureWebJobs.{nameof(SplitDocumentPolling)}.Disabled"]);
        Assert.Equal("true", (string?)local[$"AzureWebJobs.{nameof(SplitDocument)}.Disabled"]);

        Assert.Equal((string?)local["ClaimTracker__MaxDocumentBytes"], (string?)settings["ClaimTracker__MaxDocumentBytes"]);
        Assert.Equal((string?)local["ClaimTracker__CitationBatchSize"], (string?)settings["ClaimTracker__CitationBatchSize"]);
    }

    [Fact]
    public void The_storage_accounts_events_have_a_system_topic()
    {
        var topic = Single("Microsoft.EventGrid/systemTopics");

        Assert.Equal(Id(StorageAccount), (string?)topic["properties"]!["source"]);
        Assert.Equal("Microsoft.Storage.StorageAccounts", (string?)topic["properties"]!["topicType"]);
    }

    [Fact]
    public void Every_role_assignment_is_scoped_to_the_storage_account_or_for_telemetry_the_component()
    {
        var assignments = Deployed("Microsoft.Authorization/roleAssignments");
        var storage = Id(StorageAccount);
        var component = Id(Single("Microsoft.Insights/components"));

        Assert.NotEmpty(assignments);
        foreach (var assignment in assignments)
        {
            var scope = (string?)assignment["scope"];
            var role = Role(assignment);
            if (scope == component)
            {
                Assert.Equal(Roles.MonitoringMetricsPublisher, role);
            }
            else
            {
                Assert.Equal(storage, scope);
                Assert.Contains(role, Roles.Storage);
            }
        }
    }

    [Fact]
    public void The_app_identity_gets_the_storage_roles_the_host_needs_and_telemetry_publishing()
    {
        var principal = (string?)main.Module("identity")!["outputs"]!["principalId"]!["value"];
        var granted = Deployed("Microsoft.Authorization/roleAssignments")
            .Where(a => (string?)a["properties"]!["principalId"] == principal)
            .ToList();

        Assert.Equal(
            new[] { Roles.StorageBlobDataOwner, Roles.StorageQueueDataContributor, Roles.StorageTableDataContributor, Roles.MonitoringMetricsPublisher }.Order(),
            granted.Select(Role).Order());
        Assert.All(granted, a => Assert.Equal("ServicePrincipal", (string?)a["properties"]!["principalType"]));
    }

    [Fact]
    public void The_deploying_person_may_upload_and_look_but_only_when_named()
    {
        var userRoles = Assert.Single(main.Resources, r => r.IsDeployment && r.Symbol == "userStorageRoles");
        var granted = userRoles.Module().Resources
            .Where(r => r.Type == "Microsoft.Authorization/roleAssignments")
            .SelectMany(r => r.Instances())
            .ToList();

        Assert.Equal("[not(empty(parameters('principalId')))]", (string?)userRoles.Json["condition"]);
        Assert.Equal(
            new[] { Roles.StorageBlobDataContributor, Roles.StorageQueueDataReader, Roles.StorageTableDataReader }.Order(),
            granted.Select(Role).Order());
    }

    [Fact]
    public void Application_Insights_takes_only_telemetry_signed_with_Entra_ID()
    {
        var component = Single("Microsoft.Insights/components");
        var workspace = Single("Microsoft.OperationalInsights/workspaces");

        Assert.True((bool)component["properties"]!["DisableLocalAuth"]!);
        Assert.Equal(Id(workspace), (string?)component["properties"]!["WorkspaceResourceId"]);
        Assert.True((bool)workspace["properties"]!["features"]!["disableLocalAuth"]!);
    }

    [Fact]
    public void The_outputs_give_azd_and_the_hook_what_they_need_and_nothing_secret()
    {
        var outputs = main.Template["outputs"]!.AsObject();
        var needed = new[] { "AZURE_LOCATION", "AZURE_TENANT_ID", "RESOURCE_GROUP", "AZURE_FUNCTION_APP_NAME", "AZURE_STORAGE_ACCOUNT_NAME", "AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" }
            .Concat(AzdProject.HookVariables.Where(v => v != "AZURE_SUBSCRIPTION_ID"));
        foreach (var name in needed)
        {
            Assert.True(outputs.ContainsKey(name), $"main.bicep has no output {name}");
        }
        foreach (var (name, output) in outputs)
        {
            Assert.DoesNotMatch("(?i)key|secret|password|connection", name);
            Assert.Equal("string", (string?)output!["type"]);
        }
        Assert.Equal(Name(FunctionApp), ArmExpression.Display(main.Resolve(outputs["AZURE_FUNCTION_APP_NAME"]!["value"])));
        Assert.Equal(Name(StorageAccount), ArmExpression.Display(main.Resolve(outputs["AZURE_STORAGE_ACCOUNT_NAME"]!["value"])));
    }

    [Fact]
    public void The_function_app_carries_the_azd_service_tag_of_azure_yaml() =>
        Assert.Equal(AzdProject.ServiceName, (string?)FunctionApp["tags"]!["azd-service-name"]);

    private static string Role(JsonObject assignment) =>
        ((string)assignment["properties"]!["roleDefinitionId"]!).Split('/').Last();
}
