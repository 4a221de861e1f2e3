#!/usr/bin/env bash
# Renders every page type of the example's board, and a bulletin, in headless Chromium
# (Debian's `chromium` package): each page loads from file:// without console errors or
# failed loads, its main heading and body text are in the rendered DOM, and printing to
# PDF on A4 gives a sensible page count. Screenshots and PDFs are kept for a person to look
# at (the folder is printed at the end).
#
#   tests/browser/check.sh            # from the project root
#   KEEP=/tmp/board tests/browser/check.sh   # keep the output in a chosen folder
#
# Needs: chromium, poppler-utils (pdfinfo), fonts-noto-cjk. Skips (exit 0) without chromium.
set -euo pipefail

cd "$(dirname "$0")/../.."
root=$(pwd)

chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$chromium_bin" ]]; then
  echo "skipped: chromium is not installed (apt-get install -y chromium fonts-noto-cjk poppler-utils)"
  exit 0
fi
if ! command -v pdfinfo >/dev/null; then
  echo "error: pdfinfo is missing (apt-get install -y poppler-utils)" >&2
  exit 1
fi

out=${KEEP:-$(mktemp -d)}
mkdir -p "$out"
rm -rf "$out/site" "$out/bulletins" "$out/shots" "$out/pdf" "$out/dom" "$out/logs" "$out/repo"
mkdir -p "$out/shots" "$out/pdf" "$out/dom" "$out/logs"

# The board: through `disclose publish` on a copy of the example when that command works,
# else through the library (an integration test that writes the pages when asked).
cargo build --quiet
built=no
if ./target/debug/disclose publish --help >/dev/null 2>&1; then
  mkdir -p "$out/repo"
  cp -r disclose.toml catalogue items feedback calendar "$out/repo/"
  if ./target/debug/disclose -C "$out/repo" --as-of 2026-11-28 publish >"$out/logs/publish.txt" 2>&1 \
    && [[ -f "$out/repo/site/index.html" ]]; then
    site_dir=$(sed -n 's/^site_dir *= *"\([^"]*\)".*/\1/p' disclose.toml)
    bulletin_dir=$(sed -n 's/^bulletin_dir *= *"\([^"]*\)".*/\1/p' disclose.toml)
    cp -r "$out/repo/$site_dir" "$out/site"
    mkdir -p "$out/bulletins"
    # publish writes the bulletin of the quarter in progress; the check also wants an ended one.
    ./target/debug/disclose -C "$out/repo" --as-of 2026-11-28 bulletin 2026-Q3 --force >/dev/null
    cp "$out/repo/$bulletin_dir"/*.html "$out/bulletins/"
    built="disclose publish"
  fi
fi
if [[ $built == no ]]; then
  DISCLOSE_BOARD_OUT="$out" cargo test --quiet --test cli board::write_example_board_for_the_browser_check -- --exact >/dev/null
  built="the library"
fi
echo "board built with $built into $out"

failures=0
fail() {
  echo "FAIL $1: $2" >&2
  failures=$((failures + 1))
}

run_chromium() {
  local profile
  profile=$(mktemp -d)
  "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$profile" --enable-logging=stderr --v=0 "$@"
  local status=$?
  rm -rf "$profile"
  return $status
}

# name | file | text of the main heading | text that must be in the body
pages=(
  "index|site/index.html|中共绵竹市孝德镇卫生院支部委员会|6251071"
  "category|site/categories/6.html|党风廉政建设|定期公开·每季度"
  "item|site/items/2026-H1-1.1.html|2026年上半年贯彻落实上级决策部署情况|落实医共体建设部署"
  "catalogue|site/catalogue.html|公开目录|党务公开工作领导小组"
  "feedback|site/feedback.html|意见答复|导诊台"
  "archive|site/archive/2026.html|2026年公开事项归档|2026年上半年贯彻落实上级决策部署情况"
  "bulletin|bulletins/2026-Q3.html|中共绵竹市孝德镇卫生院支部委员会|党内资料 · 仅供党员内部传达"
)

for spec in "${pages[@]}"; do
  IFS='|' read -r name file heading text <<<"$spec"
  path="$out/$file"
  if [[ ! -f "$path" ]]; then
    fail "$name" "$file was not generated"
    continue
  fi
  url="file://$path"
  log="$out/logs/$name.txt"

  run_chromium --window-size=1280,2200 --hide-scrollbars --screenshot="$out/shots/$name.png" "$url" 2>"$log" >/dev/null || fail "$name" "chromium could not take a screenshot"
  run_chromium --window-size=390,1600 --hide-scrollbars --screenshot="$out/shots/$name-narrow.png" "$url" 2>>"$log" >/dev/null || fail "$name" "chromium could not take a narrow screenshot"
  run_chromium --no-pdf-header-footer --print-to-pdf="$out/pdf/$name.pdf" "$url" 2>>"$log" >/dev/null || fail "$name" "chromium could not print"
  run_chromium --dump-dom "$url" >"$out/dom/$name.html" 2>>"$log" || fail "$name" "chromium could not load the page"

  if grep -E 'CONSOLE|Failed to load resource|ERR_FILE_NOT_FOUND|Uncaught' "$log" >/dev/null; then
    fail "$name" "console errors or failed loads: $(grep -E 'CONSOLE|Failed to load|ERR_FILE|Uncaught' "$log" | head -3)"
  fi
  dom="$out/dom/$name.html"
  h1=$(tr '\n' ' ' <"$dom" | grep -o '<h1[^>]*>.*</h1>' | head -1 || true)
  [[ $h1 == *"$heading"* ]] || fail "$name" "the main heading does not contain \"$heading\" (found: ${h1:0:200})"
  grep -c '<h1' "$dom" | grep -qx 1 || fail "$name" "there must be exactly one <h1>"
  grep -qF "$text" "$dom" || fail "$name" "the body does not contain \"$text\""

  if [[ -f "$out/pdf/$name.pdf" ]]; then
    pages_count=$(pdfinfo "$out/pdf/$name.pdf" | awk '/^Pages:/ {print $2}')
    size=$(pdfinfo "$out/pdf/$name.pdf" | awk -F': *' '/^Page size:/ {print $2}')
    if [[ -z "$pages_count" || "$pages_count" -lt 1 || "$pages_count" -gt 20 ]]; then
      fail "$name" "the PDF has ${pages_count:-no} pages (expected 1 to 20)"
    fi
    # A4 is 595.28 x 841.89 pt.
    [[ $size == *"(A4)"* ]] || fail "$name" "the PDF is not A4 ($size)"
    echo "ok   $name: heading, body text, $pages_count A4 page(s)"
  else
    fail "$name" "no PDF was written"
  fi
done

# The print stylesheet hides the navigation: its labels must not be in the PDF text.
if command -v pdftotext >/dev/null && [[ -f "$out/pdf/item.pdf" ]]; then
  pdftotext "$out/pdf/item.pdf" "$out/pdf/item.txt"
  grep -qF "跳到正文" "$out/pdf/item.txt" && fail "item" "the skip link is printed"
  grep -qF "当前位置" "$out/pdf/item.txt" && fail "item" "the breadcrumb is printed"
  grep -qF "落实医共体建设部署" "$out/pdf/item.txt" || fail "item" "the body is not in the printed PDF (CJK text not extractable?)"
fi

echo "screenshots: $out/shots  PDFs: $out/pdf"
if ((failures > 0)); then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all browser checks passed"
