#!/usr/bin/env bash
# Start time of the bundle against `make run`, in one run: alternates `dist/desk/desk --smoke-test`
# and `.venv/bin/desk --smoke-test` (offscreen, a clean temporary HOME whose demo workspace the
# first start creates) and prints the medians of the first-paint time that --smoke-test reports
# (kernel start -> painted list), of the wall time to exit, and of the CPU time.
#
#   packaging/measure-start.sh [PAIRS]        (default 15; figures in docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/.."
pairs=${1:-15}
[[ -x dist/desk/desk && -x .venv/bin/desk ]] || { echo "measure-start: run make bundle and make run first." >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data QT_QPA_PLATFORM=offscreen
unset DESK_DB DESK_DATA_DIR
.venv/bin/python -m compileall -q desk_app >/dev/null          # as pip does for an installed wheel
for exe in dist/desk/desk .venv/bin/desk; do "$exe" --smoke-test >/dev/null 2>&1; done
for _ in $(seq "$pairs"); do
    for exe in dist/desk/desk .venv/bin/desk; do
        out=$( { /usr/bin/time -f "TIME %e %U %S" "$exe" --smoke-test; } 2>&1 )
        printf '%s %s %s\n' "$exe" "$(sed -n 's/.* \([0-9.]*\) s after.*/\1/p' <<<"$out")" "$(sed -n 's/^TIME //p' <<<"$out")"
    done
done > "$tmp/runs"
awk '{ paint[$1] = paint[$1] " " $2; wall[$1] = wall[$1] " " $3; cpu[$1] = cpu[$1] " " ($4 + $5) }
     function median(list,   n, a, i, j, t) { n = split(list, a, " ")
         for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j-1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t }
         return n % 2 ? a[(n+1)/2] : (a[n/2] + a[n/2+1]) / 2 }
     END { for (e in paint) printf "%-16s first paint %.2f s   wall %.2f s   cpu %.2f s   (medians of %d)\n",
               e, median(paint[e]), median(wall[e]), median(cpu[e]), split(paint[e], x, " ") }' "$tmp/runs"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
