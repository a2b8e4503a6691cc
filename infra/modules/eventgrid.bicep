// The Event Grid system topic of the storage account: the source of the BlobCreated events that
// feed SplitDocument, the only blob trigger Flex Consumption runs. Its subscription needs the
// deployed app's blobs_extension key, so it is created after deployment by
// infra/hooks/postdeploy.sh from infra/eventgrid-subscription.bicep.

param name string
param location string
param tags object
param storageAccountName string

resource storageAccount 'Microsoft.Storage/storageAccounts@2026-06-01' existing = {
  name: storageAccountName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storageAccount.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = systemTopic.name
