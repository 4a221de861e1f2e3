#!/usr/bin/env bash
# The README's console screenshots: the Windows binary in a Windows console window, showing
# the tool's Chinese output, into docs/screenshots/windows-*.png.
#
#   tests/windows/screenshots.sh target/x86_64-pc-windows-gnu/release/disclose.exe
#
# PowerShell cannot run on this machine, so the window is Wine's console (wineconsole) with
# cmd, under Xvfb, with Noto Sans Mono CJK SC as its font; the output is the same bytes a
# PowerShell window receives. Needs: wine64, x86_64-w64-mingw32-gcc, xvfb, imagemagick
# (`import`), fonts-noto-cjk. Run from the project root after a change of the messages.
set -euo pipefail
cd "$(dirname "$0")/../.."
windows_exe=$(realpath "$1")
here=tests/windows
dest=docs/screenshots
export WINEDEBUG=-all
export WINEPREFIX="${WINEPREFIX:-$HOME/.wine-disclose}"
export NO_COLOR=1
unset DISCLOSE_LANG LC_ALL LC_MESSAGES
# Wine reads Unix file names in the locale's encoding: UTF-8, so that 党费收缴明细.pdf stays
# itself. C.UTF-8 names no language, so the tool speaks its default, zh-CN.
export LANG=C.UTF-8
work=$(mktemp -d)
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
mkdir -p "$work/bin" "$dest"
cp "$windows_exe" "$work/bin/disclose.exe"
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bin/bcryptprimitives.dll" "$here/bcryptprimitives.c" -ladvapi32

# The example, and a copy of it with one mistake (a month on a quarterly entry).
mkdir -p "$work/example" "$work/broken"
cp -r disclose.toml catalogue items feedback calendar "$work/example/"
cp -r disclose.toml catalogue items feedback calendar "$work/broken/"
sed -i 's/^period = "2026-Q1"/period = "2026-03"/' "$work/broken/items/2026/2026-Q1-3.5.md"

# shot NAME FOLDER COMMAND: runs COMMAND in a console window in FOLDER and photographs it.
shot() {
  local name=$1 folder=$2 command=$3
  cat >"$work/shot.sh" <<SCRIPT
wine reg add 'HKCU\\Console' /v FaceName /t REG_SZ /d "Noto Sans Mono CJK SC" /f >/dev/null 2>&1
wine reg add 'HKCU\\Console' /v FontSize /t REG_DWORD /d 0x00120000 /f >/dev/null 2>&1
wine reg add 'HKCU\\Console' /v ScreenBufferSize /t REG_DWORD /d 0x012c0078 /f >/dev/null 2>&1
wine reg add 'HKCU\\Console' /v WindowSize /t REG_DWORD /d 0x00260078 /f >/dev/null 2>&1
cd "$folder" && wine wineconsole cmd /k "$command" &
sleep 15
import -window root "$work/$name.png"
SCRIPT
  timeout 90 xvfb-run -a -s "-screen 0 1480x760x24" bash "$work/shot.sh" >/dev/null 2>&1 || true
  wineserver -k >/dev/null 2>&1 || true
  # The window's text only, without the empty desktop around it.
  convert "$work/$name.png" -trim +repage "$dest/windows-$name.png"
  echo "$dest/windows-$name.png"
}

shot status "$work/example" "$(printf 'Z:%s' "${work//\//\\}")\\bin\\disclose.exe --as-of 2026-11-28 status"
shot check "$work/broken" "$(printf 'Z:%s' "${work//\//\\}")\\bin\\disclose.exe --as-of 2026-11-28 check"
