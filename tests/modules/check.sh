#!/bin/sh
# Quick check of module programs without cargo: ./check.sh [skein-binary] [files...]
# Prints each file whose skein output differs from its .out golden.
bin=${1:-../../target/debug/skein}; [ $# -gt 0 ] && shift
cd "$(dirname "$0")"
files=${*:-*.py}
pass=0; fail=0
for f in $files; do
  exp="${f%.py}.out"
  got=$($bin "$f" 2>/tmp/skein_mod_err; rc=$?; [ $rc -ne 0 ] && echo "<exit $rc> $(tail -n1 /tmp/skein_mod_err)")
  if [ "$got" = "$(cat "$exp")" ]; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL $f"; fi
done
echo "pass=$pass fail=$fail"
