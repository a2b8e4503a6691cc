// The one storage account: the pipeline's data (StorageNames.cs) and the function host's own
// state (AzureWebJobsStorage), plus the container Flex Consumption deploys the app package from.
// No keys: shared-key access is off, so every client, the host included, signs in with Entra ID.

param name string
param location string
param tags object

@description('Blob container that holds the function app package (Flex Consumption deployment storage).')
param deploymentContainerName string

// The names the code declares in functions/ClaimTracker.Pipeline/Storage/StorageNames.cs. The
// hosts create them at start-up too; declaring them here means a fresh account is complete
// before the first trigger fires. tests/ClaimTracker.Infra.Tests holds the two lists equal.
var containers = [
  'documents'
  'claimtracker-locks'
  deploymentContainerName
]
var queues = [
  'claims-to-cite'
  'claims-to-cite-poison'
  'webjobs-blobtrigger-poison'
]
var tables = [
  'Documents'
  'Claims'
  'Citations'
  'CitationBatches'
]

resource storageAccount 'Microsoft.Storage/storageAccounts@2026-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    supportsHttpsTrafficOnly: true
    minimumTlsVersion: 'TLS1_2'
    dnsEndpointType: 'Standard'
    // Reached over the public endpoint (with Entra ID tokens) by the function app, which has no
    // virtual network here, and by Event Grid.
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2026-06-01' = {
  parent: storageAccount
  name: 'default'
  properties: {
    // An upload overwritten or deleted by mistake can be undeleted for a week.
    deleteRetentionPolicy: {
      enabled: true
      days: 7
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource blobContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2026-06-01' = [
  for container in containers: {
    parent: blobService
    name: container
    properties: {
      publicAccess: 'None'
    }
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2026-06-01' = {
  parent: storageAccount
  name: 'default'
}

resource storageQueues 'Microsoft.Storage/storageAccounts/queueServices/queues@2026-06-01' = [
  for queue in queues: {
    parent: queueService
    name: queue
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2026-06-01' = {
  parent: storageAccount
  name: 'default'
}

resource storageTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2026-06-01' = [
  for table in tables: {
    parent: tableService
    name: table
  }
]

output id string = storageAccount.id
output name string = storageAccount.name
output blobEndpoint string = storageAccount.properties.primaryEndpoints.blob
