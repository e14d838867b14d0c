#!/usr/bin/env bash
# Prints every failed test in the TRX reports of a folder: its full name, then the first lines of its message, so a
# CI log that scrolls past the console output still says which test failed and why. Each <UnitTestResult> is read as a
# record of its own, however the report breaks its lines.
set -euo pipefail
dir=${1:-artifacts/test-results}
shopt -s nullglob
for trx in "$dir"/*.trx; do
  awk 'function unescape(text) {
         gsub(/&quot;/, "\"", text); gsub(/&apos;/, "\047", text); gsub(/&lt;/, "<", text); gsub(/&gt;/, ">", text)
         gsub(/&amp;/, "\\&", text)
         return text
       }
       function show(text, most,   n, i, lines) {
         n = split(unescape(text), lines, "\n")
         for (i = 1; i <= n && i <= most; i++) print "    " lines[i]
       }
       BEGIN { RS = "<UnitTestResult " }
    NR > 1 {
      tag = substr($0, 1, index($0, ">"))
      if (tag !~ /outcome="Failed"/) next
      name = tag; sub(/.*testName="/, "", name); sub(/".*/, "", name)
      print "FAILED " unescape(name)
      # The failure is under <ErrorInfo>; the <Message> elements before it are lines the test wrote.
      error = $0; sub(/.*<ErrorInfo>/, "", error)
      if (error == $0) next
      if (match(error, /<Message>[^<]*<\/Message>/)) show(substr(error, RSTART + 9, RLENGTH - 19), 12)
      if (match(error, /<StackTrace>[^<]*<\/StackTrace>/)) show(substr(error, RSTART + 12, RLENGTH - 25), 8)
    }' "$trx"
done
