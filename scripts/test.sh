#!/usr/bin/env bash
# Runs every test of ClaimTracker and ends with one line: "N passed, N failed, N skipped".
# Needs the .NET 10 SDK and Node 20; installs Azurite from package.json itself. The storage
# tests start their own Azurite (Testcontainers where Docker answers, else npm's; CLAIMTRACKER_AZURITE=container|npm forces one) on free ports.
set -uo pipefail
cd "$(dirname "$0")/.."

results="TestResults"
fail() {
  echo "$1" >&2
  echo "0 passed, 1 failed, 0 skipped"
  exit 1
}

echo "==> npm ci (Azurite $(node -p "require('./package.json').devDependencies.azurite"))"
npm ci --no-audit --no-fund --loglevel=error >/dev/null || fail "npm ci failed: the storage tests need Azurite."

echo "==> dotnet build (Release, warnings are errors)"
dotnet build ClaimTracker.sln -c Release -nologo -v quiet -clp:NoSummary || fail "The build failed."

echo "==> dotnet test"
rm -rf "$results"
dotnet test ClaimTracker.sln -c Release --no-build --nologo \
  --results-directory "$results" --logger trx --logger "console;verbosity=normal" \
  --blame-hang-timeout 20m
status=$?

projects=$(find tests -maxdepth 2 -name '*.Tests.csproj' | wc -l)
node scripts/test-summary.mjs "$results" "$projects" "$status"
