#!/usr/bin/env bash
# Prints the full name of every skipped test in the TRX reports of a folder, one a line.
set -euo pipefail
dir=${1:-artifacts/test-results}
shopt -s nullglob
for trx in "$dir"/*.trx; do
  { grep -o '<UnitTestResult [^>]*>' "$trx" || true; } |
    { grep 'outcome="NotExecuted"' || true; } |
    sed -n 's/.* testName="\([^"]*\)".*/\1/p'
done
