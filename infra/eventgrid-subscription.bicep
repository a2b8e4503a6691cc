// The Event Grid subscription that feeds SplitDocument: BlobCreated events under documents/ go to
// the blobs extension's webhook. It is a deployment of its own because the webhook needs the
// deployed app's blobs_extension system key, which exists only once the code is running:
// infra/hooks/postdeploy.sh reads the key and deploys this file after `azd deploy`.
// Resource-group scope; deploy it into the group main.bicep created.

@description('The storage account\'s system topic (AZURE_EVENTGRID_SYSTEM_TOPIC_NAME).')
param systemTopicName string

@description('The function app (AZURE_FUNCTION_APP_NAME).')
param functionAppName string

@description('The app\'s blobs_extension system key. Part of the webhook URL, so never logged or output.')
@secure()
param blobsExtensionKey string

// The blob-triggered function and the container it watches, as SplitDocument.cs declares them.
var functionName = 'SplitDocument'
var containerName = 'documents'

resource functionApp 'Microsoft.Web/sites@2025-03-01' existing = {
  name: functionAppName
}

resource systemTopic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource documentsCreated 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: systemTopic
  name: 'documents-to-${toLower(functionName)}'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${functionApp.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${uriComponent(blobsExtensionKey)}'
        // One blob per delivery: a split can take a while, and a failed one is retried alone.
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    eventDeliverySchema: 'EventGridSchema'
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${containerName}/'
    }
    // Event Grid retries a failed delivery with back-off for up to a day; an event it gives up on
    // is split by ReconcileDocuments, which finds blobs with no document row for their ETag.
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

output eventSubscriptionName string = documentsCreated.name
