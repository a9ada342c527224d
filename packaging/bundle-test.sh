#!/usr/bin/env bash
# Smoke test of a built bundle, as a correspondent's machine would run it: a clean temporary HOME,
# no Python on PATH, no virtualenv. `make bundle-test` runs it (building the bundle when needed).
#
#   packaging/bundle-test.sh [BUNDLE-FOLDER]          (default dist/desk)
#
# Checks: --version names the commit; the CLI upgrades a new SQLite file, imports a demo article
# and lists it as JSON; a HEIC photo (tests/data/photos/location.heic) is attached without its
# location; a missing xcb library, or a display that refuses the connection, is one
# sentence and exit 1; the window starts
# offscreen and under Xvfb, paints the article list and exits 0 (desk --smoke-test). Xvfb is
# installed with apt-get when it is missing and this runs as root. DESK_BUNDLE_SCREENSHOT=FILE.png
# saves the Xvfb screen once the list is painted.
set -euo pipefail

bundle=$(cd "${1:-dist/desk}" && pwd)
desk=$bundle/desk
[[ -x $desk ]] || { echo "bundle-test: no bundle at $bundle; run make bundle first." >&2; exit 1; }
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/desk-bundle-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/bin"

step() { printf 'bundle-test: %s\n' "$*"; }
fail() { printf 'bundle-test: FAILED: %s\n' "$*" >&2; exit 1; }

# The environment of a fresh user: a clean HOME and a PATH without Python or the venv.
run() {
    env -i HOME="$tmp/home" PATH="$tmp/bin:/usr/bin:/bin" LANG=C.UTF-8 TMPDIR="$tmp" \
        XDG_RUNTIME_DIR="$tmp/home" "$@"
}
for tool in python python3; do              # nothing in the bundle may start a system Python
    printf '#!/bin/sh\necho "bundle-test: the bundle ran %s" >&2\nexit 97\n' "$tool" > "$tmp/bin/$tool"
    chmod +x "$tmp/bin/$tool"
done

step "version"
version=$(run "$desk" --version)
pattern='^desk [0-9][^ ]* \(commit [0-9a-f]{7,}'
[[ $version =~ $pattern ]] || fail "--version said: $version"
echo "  $version"

step "CLI on a new SQLite file: db upgrade, import, list --json"
db="sqlite:///$tmp/smoke.sqlite3"
article=$(ls "$bundle"/_internal/desk_app/demo/makhachkala-water.md)     # the demo articles are bundled
run "$desk" --db "$db" db upgrade
run "$desk" --db "$db" import --apply-notice "$article"
run "$desk" --db "$db" list --json > "$tmp/list.json"
count=$(grep -o '"id"' "$tmp/list.json" | wc -l)
[[ $count -eq 1 ]] || fail "list --json listed $count articles, not the 1 imported: $(head -c 300 "$tmp/list.json")"
grep -q 'Махачкал' "$tmp/list.json" || fail "the imported headline is not in list --json"
echo "  1 article listed"

step "a HEIC photo with a GPS position: the bundle's pillow-heif decodes it and the position is removed"
id=$(grep -o '"id": *"[^"]*"' "$tmp/list.json" | head -1 | sed 's/.*"\([^"]*\)"$/\1/')
message=$(run "$desk" --db "$db" media attach "$id" "$here/../tests/data/photos/location.heic")
[[ $message == "Location data removed."* ]] || fail "media attach of a HEIC said: $message"
echo "  $message"

step "a missing xcb library is one sentence and exit 1 (the loader faked)"
printf '#!/bin/sh\necho "\tlibxcb-cursor.so.0 => not found"\n' > "$tmp/bin/ldd"
chmod +x "$tmp/bin/ldd"
set +e
message=$(run DISPLAY=:0 "$desk" 2>&1)
code=$?
set -e
rm "$tmp/bin/ldd"
[[ $code -eq 1 && $message == *"apt-get install libxcb-cursor0"* && $(wc -l <<<"$message") -eq 1 ]] \
    || fail "exit $code: $message"
echo "  $message"

step "a display that refuses the connection is one sentence and exit 1, not Qt's core dump"
set +e
message=$(run DISPLAY=127.0.0.1:93 "$desk" 2>&1)
code=$?
set -e
[[ $code -eq 1 && $message == "Desk cannot open its window"* && $(wc -l <<<"$message") -eq 1 ]] \
    || fail "exit $code: $message"
echo "  $message"

step "window under Xvfb, first start (the local workspace with its demo articles)"
if ! command -v xvfb-run >/dev/null 2>&1; then
    [[ $(id -u) -eq 0 ]] || fail "xvfb-run is missing; install the xvfb and xauth packages"
    step "installing Xvfb"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq xvfb xauth >/dev/null
fi
shot=()
[[ -n ${DESK_BUNDLE_SCREENSHOT:-} ]] && shot=(DESK_SMOKE_SCREENSHOT="$(realpath -m "$DESK_BUNDLE_SCREENSHOT")")
run xvfb-run -a -s "-screen 0 1400x900x24" env "${shot[@]}" "$desk" --smoke-test
[[ -f $tmp/home/.local/share/Desk/workspace.sqlite3 ]] || fail "the first start made no local workspace in the clean HOME"

step "window, offscreen, on the SQLite file"
run QT_QPA_PLATFORM=offscreen "$desk" --db "$db" --smoke-test

step "passed ($(du -sh "$bundle" | cut -f1) bundle at $bundle)"
