#!/bin/sh
# tree-peak.sh COMMAND [ARGS...]: runs the command and prints "PEAK <KB>", the largest total resident
# memory of the command and all its descendants together, sampled twice a second. GNU time reports
# only the largest single process, which misses Next's page workers running side by side.
"$@" >/dev/null 2>"${TMPDIR:-/tmp}/tree-peak.$$" &
root=$!
peak=0
while kill -0 "$root" 2>/dev/null; do
  now=$(ps -e -o pid=,ppid=,rss= | awk -v root="$root" '
    { parent[$1] = $2; rss[$1] = $3 }
    END {
      for (pid in parent) {
        p = pid + 0
        while (p != root + 0 && (p in parent) && p > 1) p = parent[p] + 0
        if (p == root + 0) sum += rss[pid]
      }
      print sum + 0
    }')
  [ "$now" -gt "$peak" ] && peak=$now
  sleep 0.5
done
wait "$root"
status=$?
if [ "$status" -ne 0 ]; then cat "${TMPDIR:-/tmp}/tree-peak.$$" >&2; rm -f "${TMPDIR:-/tmp}/tree-peak.$$"; exit "$status"; fi
rm -f "${TMPDIR:-/tmp}/tree-peak.$$"
echo "PEAK $peak"
