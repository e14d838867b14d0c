#!/usr/bin/env bash
# Prints every failed test in the TRX reports of a folder: its full name, then the first lines of its message, so a
# CI log that scrolls past the console output still says which test failed and why. Each <UnitTestResult> is read as a
# record of its own, however the report breaks its lines.
set -euo pipefail
dir=${1:-artifacts/test-results}
shopt -s nullglob
for trx in "$dir"/*.trx; do
  awk 'BEGIN { RS = "<UnitTestResult " }
    NR > 1 {
      tag = substr($0, 1, index($0, ">"))
      if (tag !~ /outcome="Failed"/) next
      name = tag; sub(/.*testName="/, "", name); sub(/".*/, "", name)
      print "FAILED " name
      if (match($0, /<Message>[^<]*<\/Message>/)) {
        message = substr($0, RSTART + 9, RLENGTH - 19)
        n = split(message, lines, "\n")
        for (i = 1; i <= n && i <= 12; i++) print "    " lines[i]
      }
    }' "$trx"
done
