#!/usr/bin/env bash
# Prints every failed test in the TRX reports of a folder: its full name, then the first lines of its message, so a
# CI log that scrolls past the console output still says which test failed and why.
set -euo pipefail
dir=${1:-artifacts/test-results}
shopt -s nullglob
for trx in "$dir"/*.trx; do
  awk '
    /<UnitTestResult / && /outcome="Failed"/ {
      failed = 1; name = $0; sub(/.*testName="/, "", name); sub(/".*/, "", name); print "FAILED " name; lines = 0
    }
    failed && /<Message>/ { inmsg = 1; sub(/.*<Message>/, "") }
    failed && inmsg {
      done = sub(/<\/Message>.*/, "")
      if (lines++ < 12) print "    " $0
      if (done) { inmsg = 0; failed = 0 }
    }
  ' "$trx"
done
