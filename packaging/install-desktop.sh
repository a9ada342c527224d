#!/bin/sh
# Adds Desk to this user's application menu: the desktop entry and the icon, installed under
# $XDG_DATA_HOME (default ~/.local/share) as the freedesktop.org specifications say.
#
#   install-desktop.sh [PATH/TO/desk-gui]     install (in an unpacked bundle: ./install-desktop.sh)
#   install-desktop.sh --remove               take them out again
#
# `make install-desktop` runs it for the built bundle (dist/desk) or, without one, this checkout's venv.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry_dest=$data/applications/desk.desktop
icon_dest=$data/icons/hicolor/scalable/apps/desk.svg

refresh() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$data/applications" 2>/dev/null || true
    fi
}

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry_dest" "$icon_dest"
    refresh
    echo "Desk is no longer in the application menu."
    exit 0
fi

exec_path=${1:-$here/desk-gui}
case $exec_path in
    /*) ;;
    *) exec_path=$(pwd)/$exec_path ;;
esac
if [ ! -x "$exec_path" ] || [ -d "$exec_path" ]; then
    echo "install-desktop: $exec_path is not Desk's program; build the bundle (make bundle) or install Desk (make run) first." >&2
    exit 1
fi
case $exec_path in
    *[\"\`\$\\]*)
        echo "install-desktop: the path $exec_path holds a quote, \$ or backslash, which a desktop entry cannot start; move Desk to a plainer folder." >&2
        exit 1 ;;
esac

# the entry and the icon: next to this script in a bundle, in the checkout's packaging/ and resources/
entry_src=$here/desk.desktop
icon_src=$here/desk.svg
[ -f "$icon_src" ] || icon_src=$here/../resources/icons/desk.svg
for f in "$entry_src" "$icon_src"; do
    [ -f "$f" ] || { echo "install-desktop: $f is missing; unpack the whole bundle again." >&2; exit 1; }
done

mkdir -p "$data/applications" "$(dirname "$icon_dest")"
cp "$icon_src" "$icon_dest.tmp" && mv "$icon_dest.tmp" "$icon_dest"
DESK_EXEC="\"$exec_path\"" DESK_TRY="$exec_path" awk '
    /^Exec=/    { print "Exec=" ENVIRON["DESK_EXEC"]; print "TryExec=" ENVIRON["DESK_TRY"]; next }
    /^TryExec=/ { next }
    { print }' "$entry_src" > "$entry_dest.tmp"
chmod 644 "$entry_dest.tmp" "$icon_dest"
mv "$entry_dest.tmp" "$entry_dest"
refresh
echo "Desk is in the application menu: $entry_dest (starts $exec_path)."
