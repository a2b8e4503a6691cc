// The Flex Consumption plan and function app. The app runs as the user-assigned identity: it
// reaches storage with that identity (AzureWebJobsStorage__*), pulls its package with it, and
// sends telemetry with it. No setting holds a key.

param name string
param planName string
param location string
param tags object

@description('Name of the azd service this app deploys (azure.yaml): azd finds the app by this tag.')
param serviceName string

param identityName string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string

@description('Upper bound on instances across all scale groups; the lever on cost and on the load the storage account takes.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int

@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Concurrent HTTP requests one instance takes before Flex Consumption adds another.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int

@description('ClaimTracker__MaxDocumentBytes: larger uploads are marked failed without being downloaded.')
param maxDocumentBytes int

@description('ClaimTracker__CitationBatchSize: claims per citation queue message.')
param citationBatchSize int

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource storageAccount 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storageAccount.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
        triggers: {
          http: {
            perInstanceConcurrency: httpPerInstanceConcurrency
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// Identity-based connections only. FUNCTIONS_WORKER_RUNTIME and FUNCTIONS_EXTENSION_VERSION are
// absent on purpose: Flex Consumption takes the runtime from functionAppConfig and refuses them.
resource settings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: functionApp
  name: 'appsettings'
  properties: {
    AzureWebJobsStorage__accountName: storageAccount.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    // The connection string names the component and its ingestion endpoint; the authentication
    // string makes the SDK sign telemetry with the identity, which the component requires
    // (its local auth is off).
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    // Flex Consumption runs only the Event Grid blob trigger: SplitDocument on, the container
    // scan off (local.settings.sample.json has the opposite switch, for Azurite).
    'AzureWebJobs.SplitDocument.Disabled': 'false'
    'AzureWebJobs.SplitDocumentPolling.Disabled': 'true'
    ClaimTracker__MaxDocumentBytes: string(maxDocumentBytes)
    ClaimTracker__CitationBatchSize: string(citationBatchSize)
  }
}

// No publishing passwords: azd and the az CLI deploy with Entra ID tokens.
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: functionApp
  name: 'scm'
  properties: {
    allow: false
  }
}

output name string = functionApp.name
output hostName string = functionApp.properties.defaultHostName
