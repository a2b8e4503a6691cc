using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.Configuration;

namespace ClaimTracker.Pipeline.Storage;

/// <summary>
/// How to reach the storage account, read the way the Functions host reads
/// <c>AzureWebJobsStorage</c>: a connection string as the setting's value (Azurite, keys),
/// or identity-based settings under it: <c>AzureWebJobsStorage__accountName</c>, or explicit
/// <c>__blobServiceUri</c>, <c>__queueServiceUri</c>, <c>__tableServiceUri</c>, with
/// <c>__credential</c> and <c>__clientId</c> choosing the managed identity.
/// </summary>
public sealed record StorageConnection(string? ConnectionString, Uri? BlobUri, Uri? QueueUri, Uri? TableUri)
{
    /// <summary><c>__credential</c>: <c>managedidentity</c> for a managed identity only, anything else for the default chain.</summary>
    public string? Credential { get; init; }

    /// <summary><c>__clientId</c>: the client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; init; }

    public bool UsesIdentity => ConnectionString is null;

    /// <summary>The token credential the identity settings describe, as the Functions host builds it.</summary>
    public TokenCredential CreateCredential() =>
        string.Equals(Credential, "managedidentity", StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(ClientId is { Length: > 0 } clientId
                ? ManagedIdentityId.FromUserAssignedClientId(clientId)
                : ManagedIdentityId.SystemAssigned)
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = ClientId });

    public static StorageConnection From(IConfiguration configuration, string name = StorageNames.Connection)
    {
        var section = configuration.GetSection(name);
        if (!string.IsNullOrWhiteSpace(section.Value))
        {
            return new StorageConnection(section.Value, null, null, null);
        }

        var account = section["accountName"];
        var blob = ServiceUri(section, "blobServiceUri", account, "blob");
        var queue = ServiceUri(section, "queueServiceUri", account, "queue");
        var table = ServiceUri(section, "tableServiceUri", account, "table");
        if (blob is null || queue is null || table is null)
        {
            throw new InvalidOperationException(
                $"Storage is not configured. Set '{name}' to a connection string (locally: the Azurite one in " +
                $"local.settings.sample.json), or set '{name}__accountName' for an identity-based connection " +
                $"(with '{name}__credential' = 'managedidentity' and '{name}__clientId' for a user-assigned identity).");
        }
        return new StorageConnection(null, blob, queue, table) { Credential = section["credential"], ClientId = section["clientId"] };
    }

    private static Uri? ServiceUri(IConfigurationSection section, string key, string? account, string service) =>
        section[key] is { Length: > 0 } explicitUri ? new Uri(explicitUri)
        : account is { Length: > 0 } ? new Uri($"https://{account}.{service}.core.windows.net")
        : null;
}
