#!/bin/sh
# Records the .out golden of each module program from python3 (CPython 3.11 is the truth).
cd "$(dirname "$0")"
for f in ${*:-*.py}; do
  out=$(python3 "$f" 2>/tmp/skein_mod_err; rc=$?; [ $rc -ne 0 ] && echo "<exit $rc> $(tail -n1 /tmp/skein_mod_err)")
  printf '%s\n' "$out" > "${f%.py}.out"
done
