#!/usr/bin/env bash
# Prints "PASSED FAILED SKIPPED" summed over the TRX reports in a folder (one report per test project).
set -euo pipefail
dir=${1:-artifacts/test-results}
passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$dir"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" || true)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
echo "$passed $failed $skipped"
