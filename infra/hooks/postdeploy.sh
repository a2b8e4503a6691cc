#!/usr/bin/env bash
# azd postdeploy hook: subscribes SplitDocument to the storage account's BlobCreated events.
#
# The subscription's webhook carries the app's blobs_extension system key, and the Functions host
# creates that key only once the deployed code is running with a blob trigger, so this cannot be
# part of `azd provision`. It runs after every `azd deploy` / `azd up`; deploying the same
# subscription again changes nothing.
#
# Needs the az CLI signed in (`az login`) to the subscription azd deployed to. azd passes its
# environment (the outputs of infra/main.bicep) as environment variables.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

for name in AZURE_SUBSCRIPTION_ID RESOURCE_GROUP AZURE_FUNCTION_APP_NAME AZURE_EVENTGRID_SYSTEM_TOPIC_NAME; do
  if [[ -z "${!name:-}" ]]; then
    echo "postdeploy: $name is not set; run this through azd (azd deploy), or export it from 'azd env get-values'." >&2
    exit 1
  fi
done
if ! command -v az >/dev/null 2>&1; then
  echo "postdeploy: the az CLI is needed to read the function key and create the Event Grid subscription (see README, Deployment)." >&2
  exit 1
fi

subscription="$AZURE_SUBSCRIPTION_ID"
group="$RESOURCE_GROUP"
app="$AZURE_FUNCTION_APP_NAME"
topic="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME"

# The host writes its system keys when it first indexes the blob trigger after a deployment, which
# can take a minute on a cold Flex Consumption app: ask until the key appears.
key=""
attempts="${CLAIMTRACKER_KEY_ATTEMPTS:-30}"
for ((attempt = 1; attempt <= attempts; attempt++)); do
  key="$(az functionapp keys list --subscription "$subscription" --resource-group "$group" --name "$app" \
    --query "systemKeys.blobs_extension" --output tsv --only-show-errors 2>/dev/null || true)"
  if [[ -n "$key" ]]; then
    break
  fi
  echo "postdeploy: waiting for the blobs_extension key of $app ($attempt/$attempts)..."
  sleep 10
done
if [[ -z "$key" ]]; then
  echo "postdeploy: $app has no blobs_extension system key. Is the app running and SplitDocument enabled? (az functionapp function list -g $group -n $app)" >&2
  exit 1
fi

# Keys are base64 text; anything else would break the JSON below and is not a key.
if [[ ! "$key" =~ ^[A-Za-z0-9+/=_-]+$ ]]; then
  echo "postdeploy: the blobs_extension key of $app is not in the expected format." >&2
  exit 1
fi

# The key goes to the deployment in a parameters file readable only by this user, never on a
# command line (visible to every process) or in the deployment's logged inputs: the Bicep
# parameter is @secure().
umask 077
parameters="$(mktemp)"
trap 'rm -f "$parameters"' EXIT
printf '{"blobsExtensionKey":{"value":"%s"}}' "$key" >"$parameters"

echo "postdeploy: subscribing $app's SplitDocument to BlobCreated events in documents/ ($topic)..."
az deployment group create \
  --subscription "$subscription" \
  --resource-group "$group" \
  --name "claimtracker-eventgrid-subscription" \
  --template-file "$root/infra/eventgrid-subscription.bicep" \
  --parameters systemTopicName="$topic" functionAppName="$app" \
  --parameters "@$parameters" \
  --only-show-errors --output none
echo "postdeploy: uploads to documents/ now reach SplitDocument through Event Grid."
