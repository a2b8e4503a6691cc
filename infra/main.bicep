// ClaimTracker on Azure: `azd up` provisions this, deploys functions/ClaimTracker.Functions and
// runs infra/hooks/postdeploy.sh, which subscribes SplitDocument to the storage account's
// BlobCreated events (infra/eventgrid-subscription.bicep). See README "Deployment".
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('azd environment name: names the resource group and seeds every other resource name.')
param environmentName string

@minLength(1)
@description('Region for every resource. It must offer the Flex Consumption plan.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Object id of the person running azd (AZURE_PRINCIPAL_ID). When set, they may upload blobs and read queues and tables on the data account; empty grants nothing.')
param principalId string = ''

@description('What principalId is: a person, or the service principal of a pipeline running azd.')
@allowed([
  'User'
  'ServicePrincipal'
  'Group'
])
param principalType string = 'User'

@description('Upper bound on function app instances (Flex Consumption).')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Memory of each function app instance; CPU is allotted in proportion.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Concurrent HTTP requests per instance before another instance is added.')
@minValue(1)
@maxValue(1000)
param httpPerInstanceConcurrency int = 16

@description('ClaimTracker__MaxDocumentBytes: larger uploads are marked failed without being downloaded.')
@minValue(1)
param maxDocumentBytes int = 20971520

@description('ClaimTracker__CitationBatchSize: claims per citation queue message.')
@minValue(1)
@maxValue(100)
param citationBatchSize int = 50

var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var serviceName = 'api'
var functionAppName = 'func-${resourceToken}'
var deploymentContainerName = 'app-package-${resourceToken}'

// Built-in roles. The function app's identity gets what the Functions host and the pipeline need
// on AzureWebJobsStorage: blobs (triggers, leases, locks, the package), queues (the citation
// queue, poison queues, blob trigger receipts) and tables (all pipeline state).
var storageBlobDataOwner = 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
var storageQueueDataContributor = '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
// The deploying person may upload into documents/ and look at queues and tables (the portal's
// storage browser and `az ... --auth-mode login` need a data role once shared keys are off),
// but cannot rewrite pipeline state.
var storageBlobDataContributor = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
var storageQueueDataReader = '19e7f393-937e-4f77-808e-94535e297925'
var storageTableDataReader = '76199698-9eea-4c19-bc75-cec21354c6b6'

resource resourceGroup 'Microsoft.Resources/resourceGroups@2025-04-01' = {
  name: 'rg-${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  scope: resourceGroup
  params: {
    name: 'id-${functionAppName}'
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = {
  scope: resourceGroup
  params: {
    logAnalyticsName: 'log-${resourceToken}'
    applicationInsightsName: 'appi-${resourceToken}'
    location: location
    tags: tags
    publisherPrincipalId: identity.outputs.principalId
  }
}

module storage 'modules/storage.bicep' = {
  scope: resourceGroup
  params: {
    name: 'st${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module appStorageRoles 'modules/storage-roles.bicep' = {
  scope: resourceGroup
  params: {
    storageAccountName: storage.outputs.name
    principalId: identity.outputs.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionIds: [
      storageBlobDataOwner
      storageQueueDataContributor
      storageTableDataContributor
    ]
  }
}

module userStorageRoles 'modules/storage-roles.bicep' = if (!empty(principalId)) {
  scope: resourceGroup
  params: {
    storageAccountName: storage.outputs.name
    principalId: principalId
    principalType: principalType
    roleDefinitionIds: [
      storageBlobDataContributor
      storageQueueDataReader
      storageTableDataReader
    ]
  }
}

module functionApp 'modules/functionapp.bicep' = {
  scope: resourceGroup
  params: {
    name: functionAppName
    planName: 'plan-${resourceToken}'
    location: location
    tags: tags
    serviceName: serviceName
    identityName: identity.outputs.name
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
    httpPerInstanceConcurrency: httpPerInstanceConcurrency
    maxDocumentBytes: maxDocumentBytes
    citationBatchSize: citationBatchSize
  }
  // The host reaches storage on its first start; without its roles it would fail and back off.
  dependsOn: [
    appStorageRoles
  ]
}

module eventGrid 'modules/eventgrid.bicep' = {
  scope: resourceGroup
  params: {
    name: 'evgt-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

// Read by azd (and so by infra/hooks/postdeploy.sh) and by people: `azd env get-values`.
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output RESOURCE_GROUP string = resourceGroup.name
output AZURE_RESOURCE_GROUP string = resourceGroup.name
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name
output SERVICE_API_NAME string = functionApp.outputs.name
output SERVICE_API_URI string = 'https://${functionApp.outputs.hostName}'
output CLAIMTRACKER_API string = 'https://${functionApp.outputs.hostName}/api'
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGrid.outputs.name
output AZURE_MANAGED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
