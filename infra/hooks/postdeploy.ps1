# azd postdeploy hook on Windows: the PowerShell twin of postdeploy.sh, which azure.yaml runs
# elsewhere. Subscribes SplitDocument to the storage account's BlobCreated events.
#
# The subscription's webhook carries the app's blobs_extension system key, and the Functions host
# creates that key only once the deployed code is running with a blob trigger, so this cannot be
# part of `azd provision`. It runs after every `azd deploy` / `azd up`; deploying the same
# subscription again changes nothing.
#
# Needs the az CLI signed in (`az login`) to the subscription azd deployed to. azd passes its
# environment (the outputs of infra/main.bicep) as environment variables.
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$root = (Resolve-Path (Join-Path $PSScriptRoot '..' '..')).Path

foreach ($name in 'AZURE_SUBSCRIPTION_ID', 'RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) {
        Write-Error "postdeploy: $name is not set; run this through azd (azd deploy), or set it from 'azd env get-values'."
        exit 1
    }
}
if (-not (Get-Command az -ErrorAction SilentlyContinue)) {
    Write-Error 'postdeploy: the az CLI is needed to read the function key and create the Event Grid subscription (see README, Deployment).'
    exit 1
}

$subscription = $env:AZURE_SUBSCRIPTION_ID
$group = $env:RESOURCE_GROUP
$app = $env:AZURE_FUNCTION_APP_NAME
$topic = $env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME

# The host writes its system keys when it first indexes the blob trigger after a deployment, which
# can take a minute on a cold Flex Consumption app: ask until the key appears.
$key = ''
$attempts = if ($env:CLAIMTRACKER_KEY_ATTEMPTS) { [int]$env:CLAIMTRACKER_KEY_ATTEMPTS } else { 30 }
for ($attempt = 1; $attempt -le $attempts; $attempt++) {
    $key = (az functionapp keys list --subscription $subscription --resource-group $group --name $app `
        --query 'systemKeys.blobs_extension' --output tsv --only-show-errors 2>$null) -join ''
    if ($key) { break }
    Write-Host "postdeploy: waiting for the blobs_extension key of $app ($attempt/$attempts)..."
    Start-Sleep -Seconds 10
}
if (-not $key) {
    Write-Error "postdeploy: $app has no blobs_extension system key. Is the app running and SplitDocument enabled? (az functionapp function list -g $group -n $app)"
    exit 1
}

# Keys are base64 text; anything else would break the JSON below and is not a key.
if ($key -notmatch '^[A-Za-z0-9+/=_-]+$') {
    Write-Error "postdeploy: the blobs_extension key of $app is not in the expected format."
    exit 1
}

# The key goes to the deployment in a parameters file only this user can read, never on a command
# line (visible to every process) or in the deployment's logged inputs: the Bicep parameter is @secure().
$parameters = [System.IO.Path]::GetTempFileName()
try {
    if ($IsLinux -or $IsMacOS) { chmod 600 $parameters }
    Set-Content -LiteralPath $parameters -Value ('{"blobsExtensionKey":{"value":"' + $key + '"}}') -NoNewline -Encoding utf8

    Write-Host "postdeploy: subscribing $app's SplitDocument to BlobCreated events in documents/ ($topic)..."
    az deployment group create `
        --subscription $subscription `
        --resource-group $group `
        --name 'claimtracker-eventgrid-subscription' `
        --template-file (Join-Path $root 'infra' 'eventgrid-subscription.bicep') `
        --parameters systemTopicName=$topic functionAppName=$app `
        --parameters "@$parameters" `
        --only-show-errors --output none
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}
finally {
    Remove-Item -LiteralPath $parameters -Force -ErrorAction SilentlyContinue
}
Write-Host 'postdeploy: uploads to documents/ now reach SplitDocument through Event Grid.'
