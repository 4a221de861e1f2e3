#!/usr/bin/env bash
# The Windows binary under Wine, beside the Linux binary: the same commands on the same
# repositories must give the same exit codes, the same output and byte-identical files
# (the board in site/, the bulletins, everything `init` writes).
#
#   tests/windows/run.sh LINUX_BIN WINDOWS_EXE
#
# LINUX_BIN is target/release/disclose (or target/debug/disclose), WINDOWS_EXE is
# target/x86_64-pc-windows-gnu/release/disclose.exe. Needs wine (Debian's wine64) and
# x86_64-w64-mingw32-gcc (for the shim below). `.ci/run` calls it; see the README's
# Windows notes for what it covers and what it cannot.
#
# The scenarios:
#   fresh     init, check, publish, status on a new repository (the folder given as the
#             current directory)
#   example   check, publish, status on a copy of the example at the project root, the
#             folder given with -C as a Windows path: drive letter and backslashes
#   held      publish while another program holds a page of the board open: the old
#             board or the new one, never a mix (guarantee 3)
#   notepad   the example with every text file rewritten as Windows Notepad saves it
#             (CRLF line ends, a UTF-8 byte-order mark): checks clean, same output and
#             same board as the plain example
#   paths     -C with forward slashes, with a trailing backslash and in other letter
#             case (Windows file names are case-insensitive): same result
#   broken    a failing check: the finding (file, line, column) and exit code 1 are the same
set -euo pipefail

linux_bin=$(realpath "$1")
windows_exe=$(realpath "$2")
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
as_of=2026-11-28

export WINEDEBUG=-all
export WINEPREFIX="${WINEPREFIX:-$HOME/.wine-disclose}"
export NO_COLOR=1
unset EDITOR VISUAL DISCLOSE_LANG LC_ALL LC_MESSAGES
# Wine reads Unix file names in the locale's encoding: UTF-8, so that the example's
# 党费收缴明细.pdf keeps its name. C.UTF-8 names no language: both binaries speak zh-CN.
export LANG=C.UTF-8

work=$(mktemp -d)

# Wine 8 (Debian 12) lacks bcryptprimitives.dll, which Rust's std calls for random bytes;
# the shim (see bcryptprimitives.c) goes beside the exe, where Windows looks first.
mkdir -p "$work/bin"
cp "$windows_exe" "$work/bin/disclose.exe"
x86_64-w64-mingw32-gcc -O2 -shared -o "$work/bin/bcryptprimitives.dll" "$here/bcryptprimitives.c" -ladvapi32
wine_exe="$work/bin/disclose.exe"
# One Wine server for the whole run, started before anything else and ended at exit: each
# run of the exe otherwise starts a server that stops a few seconds after, and a run that
# meets a stopping server is killed. (Started after wineboot, `-p` met wineboot's server and
# did not make it persistent.)
wineserver -k >/dev/null 2>&1 || true
wineserver -p >/dev/null 2>&1 || true
wineboot --init >/dev/null 2>&1 || true
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  if [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "keeping $work"; fi
}
trap cleanup EXIT

passed=0
failed=0
pass() { passed=$((passed + 1)); echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; }

# The Windows path Wine gives a Linux path (Z: is the root of the Linux file system).
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# run NAME DIR WHERE ARGS... : runs the Linux binary in DIR/linux and the Windows binary in
# DIR/windows, keeping stdout, stderr and the exit code of each under $work/out/NAME.
# WHERE is "cwd" (run inside the folder) or a -C form: "-C" (Windows path with
# backslashes), "-C/" (forward slashes), "-C\\" (trailing backslash), "-Ccase" (upper case).
run() {
  local name=$1 dir=$2 where=$3
  shift 3
  mkdir -p "$work/out/$name"
  local linux_args=() windows_args=() target
  target=$(winpath "$dir/windows")
  case "$where" in
    cwd) ;;
    -C) linux_args=(-C "$dir/linux"); windows_args=(-C "$target") ;;
    -C/) linux_args=(-C "$dir/linux"); windows_args=(-C "${target//\\//}") ;;
    '-C\') linux_args=(-C "$dir/linux/"); windows_args=(-C "$target\\") ;;
    -Ccase) linux_args=(-C "$dir/linux"); windows_args=(-C "${target^^}") ;;
  esac
  local code
  (cd "$dir/linux" && "$linux_bin" "${linux_args[@]}" "$@" >"$work/out/$name/linux.out" 2>"$work/out/$name/linux.err") && code=0 || code=$?
  echo "$code" >"$work/out/$name/linux.code"
  wine_run "$dir/windows" "$work/out/$name/windows" "${windows_args[@]}" "$@" && code=0 || code=$?
  echo "$code" >"$work/out/$name/windows.code"
}

# wine_run DIR OUT ARGS...: runs the Windows binary in DIR, stdout to OUT.out and stderr to
# OUT.err. Exit code 137 is Wine killing its own process (SIGKILL from a server that goes
# away) and 139 is Wine's own loader crashing (SIGSEGV of the Unix process; a crash of the
# Windows program would exit with its exception code instead), never the program's: that
# run is repeated, at most twice, saying so. The program itself exits 0, 1 or 2, so a
# real failure is never hidden by the retry, and a crash that repeats still fails.
wine_run() {
  local dir=$1 out=$2 code attempt
  shift 2
  for attempt in 1 2 3; do
    (cd "$dir" && wine "$wine_exe" "$@" >"$out.out" 2>"$out.err") && code=0 || code=$?
    [ "$code" = 137 ] || [ "$code" = 139 ] || break
    echo "     (Wine killed the run, exit $code; attempt $attempt of 3)"
    wineserver -p >/dev/null 2>&1 || true
  done
  return "$code"
}

# same NAME [EXPECTED_CODE]: the two runs of NAME agree (exit code, stdout, stderr),
# with the folder's path written the Linux way in the Windows output.
same() {
  local name=$1 expected=${2:-0} out="$work/out/$1" ok=1
  for stream in out err; do
    # The only difference allowed: a printed folder path (Z:\…\windows vs /…/linux).
    sed -e 's#Z:\\[^ ]*\\windows#DIR#g' -e 's#Z:/[^ ]*/windows#DIR#g' "$out/windows.$stream" >"$out/windows.$stream.n"
    sed -e "s#$work/[a-z-]*/linux#DIR#g" "$out/linux.$stream" >"$out/linux.$stream.n"
    if ! cmp -s "$out/linux.$stream.n" "$out/windows.$stream.n"; then
      ok=0
      diff -u "$out/linux.$stream.n" "$out/windows.$stream.n" | head -20 || true
    fi
  done
  if [ "$(cat "$out/linux.code")" != "$expected" ] || [ "$(cat "$out/windows.code")" != "$expected" ]; then
    ok=0
    echo "     exit codes: linux $(cat "$out/linux.code"), windows $(cat "$out/windows.code"), expected $expected"
  fi
  if [ "$ok" = 1 ]; then pass "$name: same exit code ($expected) and output"; else fail "$name: output differs"; fi
}

# same_tree NAME DIR: every file the two binaries left in DIR/linux and DIR/windows is
# byte-identical (the load cache aside: it holds file times, which differ by nature).
same_tree() {
  local name=$1 dir=$2
  if diff -r -x disclose-load-cache "$dir/linux" "$dir/windows" >"$work/tree.diff"; then
    pass "$name: byte-identical files ($(find "$dir/windows/site" -type f 2>/dev/null | wc -l) board files)"
  else
    head -20 "$work/tree.diff"
    fail "$name: files differ"
  fi
}

copy_example() {
  local to=$1
  mkdir -p "$to"
  cp "$root/disclose.toml" "$to/"
  for folder in catalogue items feedback calendar bulletins; do
    if [ -d "$root/$folder" ]; then cp -r "$root/$folder" "$to/"; fi
  done
}

echo "== fresh repository"
mkdir -p "$work/fresh/linux" "$work/fresh/windows"
# A new branch's identity on the command line: a bare `init` writes placeholders that
# `check` reports (placeholder-identity), so nothing is published under another name.
run fresh-init "$work/fresh" cwd init --name 中共某某镇某某支部委员会 --short-name 某某支部 --leader 张三 --deputy 李四 --hotline 1234567
same fresh-init
for command in check publish status; do
  run "fresh-$command" "$work/fresh" cwd "$command" --as-of "$as_of"
  same "fresh-$command"
done
same_tree fresh "$work/fresh"

echo "== the example (-C with a drive letter and backslashes)"
copy_example "$work/example/linux"
copy_example "$work/example/windows"
for command in check publish status; do
  run "example-$command" "$work/example" -C "$command" --as-of "$as_of"
  same "example-$command"
done
same_tree example "$work/example"

echo "== publish while a page of the board is open in another program"
# Windows refuses to remove (and to rename over) a file another program holds open; Wine's
# server enforces that between Wine processes. cmd holds site\index.html open as the
# standard input of ping for about 15 s while the Windows binary publishes a changed board.
# Guarantee 3: site/ is then exactly the old board or exactly the new one, never a mix; the
# next publish, with the file closed, leaves exactly the Linux binary's board.
for side in linux windows; do
  mkdir -p "$work/held/$side"
  cp -r "$work/example/$side/." "$work/held/$side/"
  sed -i 's/^hotline = "\([0-9]*\)"/hotline = "\10"/' "$work/held/$side/disclose.toml"
done
cp -r "$work/held/windows/site" "$work/held/old-site"
"$linux_bin" -C "$work/held/linux" publish --as-of "$as_of" >/dev/null
(cd "$work/held/windows" && wine cmd /c "echo on> held.start & ping -n 15 127.0.0.1 > NUL < site\\index.html & echo off> held.end") >/dev/null 2>&1 &
holder=$!
for _ in $(seq 1 60); do [ -f "$work/held/windows/held.start" ] && break; sleep 0.5; done
sleep 1
code=0
(cd "$work/held/windows" && wine "$wine_exe" publish --as-of "$as_of" >"$work/held/windows.out" 2>&1) || code=$?
still_held=1
[ -f "$work/held/windows/held.end" ] && still_held=0
wait "$holder" || true
rm -f "$work/held/windows/held.start" "$work/held/windows/held.end"
if [ "$still_held" = 0 ]; then
  fail "held: the file was closed before publish ended, so nothing was tested (a slow machine?)"
elif diff -r "$work/held/linux/site" "$work/held/windows/site" >/dev/null; then
  pass "held: exit code $code, site/ is the new board"
elif diff -r "$work/held/old-site" "$work/held/windows/site" >/dev/null; then
  pass "held: exit code $code, site/ is still the old board"
else
  cat "$work/held/windows.out"
  fail "held: site/ is neither the old board nor the new one"
fi
# The error line: 错误： in Chinese (the default), error: in English.
if [ "$code" != 0 ] && ! grep -q -e '^error' -e '^错误' "$work/held/windows.out"; then
  cat "$work/held/windows.out"
  fail "held: exit code $code without an error line"
fi
rm -rf "$work/held/old-site"
run held-publish-again "$work/held" -C publish --as-of "$as_of"
if diff -r "$work/held/linux/site" "$work/held/windows/site" >/dev/null && [ -z "$(find "$work/held/windows" -maxdepth 1 -name '.site.disclose-*')" ]; then
  pass "held: the next publish leaves the Linux binary's board and nothing beside it"
else
  ls -a "$work/held/windows"
  fail "held: the next publish did not leave the Linux binary's board alone in site/"
fi

echo "== the example as Notepad saves it (CRLF, byte-order mark)"
copy_example "$work/notepad/linux"
copy_example "$work/notepad/windows"
find "$work/notepad" -type f \( -name '*.toml' -o -name '*.md' \) -print0 |
  while IFS= read -r -d '' file; do
    { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$file"; } >"$file.crlf" && mv "$file.crlf" "$file"
  done
run notepad-check "$work/notepad" -C check --as-of "$as_of"
same notepad-check
if cmp -s "$work/out/notepad-check/windows.out" "$work/out/example-check/windows.out"; then
  pass "notepad-check: the same findings as the plain example"
else
  diff -u "$work/out/example-check/windows.out" "$work/out/notepad-check/windows.out" | head -20 || true
  fail "notepad-check: the findings differ from the plain example's"
fi
run notepad-publish "$work/notepad" -C publish --as-of "$as_of"
same notepad-publish
if diff -r "$work/example/windows/site" "$work/notepad/windows/site" >"$work/tree.diff"; then
  pass "notepad-publish: the same board as the plain example"
else
  head -20 "$work/tree.diff"
  fail "notepad-publish: the board differs from the plain example's"
fi

echo "== paths: forward slashes, a trailing backslash, other letter case"
copy_example "$work/paths/linux"
copy_example "$work/paths/windows"
for form in -C/ '-C\' -Ccase; do
  run "paths$form" "$work/paths" "$form" check --as-of "$as_of"
  same "paths$form"
done

echo "== a failing check"
copy_example "$work/broken/linux"
copy_example "$work/broken/windows"
for side in linux windows; do
  sed -i 's/^period = "2026-Q1"/period = "2026-03"/' "$work/broken/$side/items/2026/2026-Q1-3.5.md"
done
run broken-check "$work/broken" -C check --as-of "$as_of"
same broken-check 1

echo "windows: $passed passed, $failed failed"
[ "$failed" = 0 ]
