#!/bin/sh
# Installs the bundle's desktop entry and icon for this user (shipped beside the binary in
# dist/talkpush-desktop/): the app then shows in the desktop's menu and launcher, its Exec
# pointing at this folder's talkpush-desktop. Run it again after moving the folder;
# "--uninstall" removes both.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/talkpush-desktop.desktop
icons=$data/icons/hicolor
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$entry" "$icons/scalable/apps/talkpush-desktop.svg" "$icons/256x256/apps/talkpush-desktop.png"
    echo "removed $entry"
    exit 0
fi
mkdir -p "$data/applications" "$icons/scalable/apps" "$icons/256x256/apps"
cp "$here/talkpush-desktop.svg" "$icons/scalable/apps/talkpush-desktop.svg"
cp "$here/talkpush-desktop.png" "$icons/256x256/apps/talkpush-desktop.png"
# Exec: the binary's absolute path, quoted and escaped as the Desktop Entry spec asks.
exec_path=$(printf '%s' "$here/talkpush-desktop" | sed -e 's/\\/\\\\\\\\/g' -e 's/["`$]/\\\\&/g')
while IFS= read -r line; do
    case $line in
        Exec=*) printf 'Exec="%s"\n' "$exec_path" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$here/talkpush-desktop.desktop" > "$entry.tmp"
mv "$entry.tmp" "$entry"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "installed $entry"
