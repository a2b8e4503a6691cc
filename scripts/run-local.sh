#!/usr/bin/env bash
# Runs ClaimTracker on this machine: Azurite with a data folder (.azurite/), the pipeline
# (`func start` where Azure Functions Core Tools are installed, else `claimtracker serve`),
# then uploads the project's sample documents, waits until they are ready and prints their
# claims. Keeps serving the review API until Ctrl-C.
#   PORT=7071            review API port
#   AZURITE_DATA=.azurite  Azurite's data folder (kept between runs)
set -euo pipefail
cd "$(dirname "$0")/.."

port="${PORT:-7071}"
data="${AZURITE_DATA:-.azurite}"
cli="functions/ClaimTracker.Cli/bin/Release/net10.0/claimtracker.dll"
children=()
cleanup() {
  for pid in "${children[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT TERM

listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_for() { # port, what, log
  for _ in $(seq 1 240); do
    listening "$1" && return 0
    sleep 0.5
  done
  echo "$2 did not start; see $3" >&2
  exit 1
}

echo "==> Installing Azurite (npm ci)"
[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund --loglevel=error

# Before the build, so the function app links it into its output for func start.
[ -f local.settings.json ] || { cp local.settings.sample.json local.settings.json; echo "==> Created local.settings.json from local.settings.sample.json"; }

echo "==> Building (Release)"
dotnet build ClaimTracker.sln -c Release -nologo -v quiet -clp:NoSummary

mkdir -p "$data"
if listening 10000 && listening 10001 && listening 10002; then
  echo "==> Azurite is already listening on 10000-10002; using it"
else
  echo "==> Starting Azurite (data in $data/, log in $data/azurite.log)"
  node node_modules/azurite/dist/src/azurite.js --silent --skipApiVersionCheck --location "$data" \
    --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 >"$data/azurite.log" 2>&1 &
  children+=($!)
  wait_for 10000 Azurite "$data/azurite.log"; wait_for 10001 Azurite "$data/azurite.log"; wait_for 10002 Azurite "$data/azurite.log"
fi

if listening "$port"; then
  echo "Port $port is in use; set PORT to another one." >&2
  exit 1
fi
if command -v func >/dev/null 2>&1; then
  echo "==> Starting the function app with Core Tools (func start --port $port; log in $data/pipeline.log)"
  (cd functions/ClaimTracker.Functions && exec func start --port "$port") >"$data/pipeline.log" 2>&1 &
else
  echo "==> Core Tools (func) not found: starting the same handlers with claimtracker serve (log in $data/pipeline.log)"
  dotnet "$cli" serve --port "$port" >"$data/pipeline.log" 2>&1 &
fi
children+=($!)
wait_for "$port" "The pipeline" "$data/pipeline.log"

echo "==> Uploading samples/*.txt through the review API and waiting until they are ready"
export CLAIMTRACKER_API="http://127.0.0.1:$port/api"
dotnet "$cli" upload samples/*.txt --wait

cat <<TXT

ClaimTracker is running.
  Review API:  http://127.0.0.1:$port/api/documents   (all endpoints: http://127.0.0.1:$port/api/openapi.json)
  Upload more: dotnet $cli upload FILE... --wait --api http://127.0.0.1:$port/api
  Review:      dotnet $cli claims DOCUMENT --api http://127.0.0.1:$port/api
               dotnet $cli review DOCUMENT CLAIM --status supported --note "..." --api http://127.0.0.1:$port/api
  Logs:        $data/pipeline.log, $data/azurite.log
Press Ctrl-C to stop.
TXT
wait "${children[@]}"
