#!/usr/bin/env bash
# Renders every page type of the example's board, and a bulletin, in headless Chromium
# (Debian's `chromium` package): each page loads from file:// without console errors or
# failed loads, its main heading and body text are in the rendered DOM, and printing to
# PDF on A4 gives a sensible page count. Then: the search page, opened from file:// with a
# two-character Chinese substring of a public item's body (`search.html?q=…`), lists that
# item and no search file holds a members item's text; the printable notice of 2026-Q3
# holds every public item published in that quarter; with `base_url` set, every QR code
# of the notice decodes (zbarimg, Debian's zbar-tools, when installed) to its item's
# address; axe-core (npm, installed into tests/browser/.cache, which git ignores) finds no
# serious or critical violation on any page kind. Screenshots and PDFs are kept for a
# person to look at (the folder is printed at the end).
#
#   tests/browser/check.sh            # from the project root
#   KEEP=/tmp/board tests/browser/check.sh   # keep the output in a chosen folder
#
# Needs: chromium, poppler-utils (pdfinfo), fonts-noto-cjk, python3. Optional: zbar-tools
# (the QR decode), npm (axe-core); each optional check says when it is skipped.
# Skips (exit 0) without chromium.
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
  "search|site/search.html|搜索|搜索公开内容"
  "print|site/print/2026-Q3.html|2026年第三季度党务公开|2026年上半年贯彻落实上级决策部署情况"
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

# Search from file://: "共体" is in the body of 2026-H1-1.1 (落实医共体建设部署), not in its title.
run_chromium --virtual-time-budget=5000 --dump-dom "file://$out/site/search.html?q=%E5%85%B1%E4%BD%93" \
  >"$out/dom/search-results.html" 2>"$out/logs/search-results.txt" || fail "search" "chromium could not load the search page"
results=$(tr '\n' ' ' <"$out/dom/search-results.html" | grep -o '<ol id="search-results".*</ol>' || true)
[[ $results == *'href="items/2026-H1-1.1.html"'* ]] || fail "search" "searching 共体 does not list items/2026-H1-1.1.html (${results:0:300})"
[[ $results == *'<mark>共体</mark>'* ]] || fail "search" "the match is not marked"
grep -E 'CONSOLE|Uncaught|ERR_FILE' "$out/logs/search-results.txt" >/dev/null && fail "search" "console errors: $(grep -E 'CONSOLE|Uncaught|ERR_FILE' "$out/logs/search-results.txt" | head -3)"
# No members item's text in any search file (3.5 党费收缴 is for members only).
if grep -l -e '2026年第二季度党费收缴情况' -e '全部按月足额交纳' "$out/site/search.html" "$out/site/search.js" "$out/site/search/"*.js 2>/dev/null; then
  fail "search" "a members item's text is in the search files"
fi
echo "ok   search: 共体 finds 2026-H1-1.1 from file://, no members text in the index"

# The printable notice of 2026-Q3 holds every public item published in the quarter.
print_dom="$out/dom/print.html"
missing=0
for page in "$out/site/items/"*.html; do
  published=$(tr '\n' ' ' <"$page" | grep -o '<dt>公开日期</dt><dd><time datetime="[0-9-]*"' | grep -o '20[0-9-]*' || true)
  case "$published" in
    2026-07-* | 2026-08-* | 2026-09-*)
      title=$(tr '\n' ' ' <"$page" | grep -o '<h1>[^<]*</h1>' | head -1 | sed 's/<[^>]*>//g')
      grep -qF "$title" "$print_dom" || { fail "print" "$title (published $published) is not on print/2026-Q3.html"; missing=1; }
      ;;
  esac
done
((missing == 0)) && echo "ok   print: every public item of 2026-Q3 is on the notice"
[[ $(pdfinfo "$out/pdf/print.pdf" 2>/dev/null | awk -F': *' '/^Page size:/ {print $2}') == *"(A4)"* ]] || fail "print" "the notice does not print on A4"
run_chromium --no-pdf-header-footer --print-to-pdf="$out/pdf/print-a3.pdf" "file://$out/site/print/2026-Q3-a3.html" 2>/dev/null >/dev/null
a3_size=$(pdfinfo "$out/pdf/print-a3.pdf" 2>/dev/null | awk -F': *' '/^Page size:/ {print $2}')
[[ $a3_size == *"(A3)"* ]] && echo "ok   print: the A3 notice prints on A3" || fail "print" "the A3 notice prints on ${a3_size:-nothing}"

# With base_url set, the QR codes decode to the items' addresses.
if [[ -d "$out/repo" ]] && command -v zbarimg >/dev/null && command -v python3 >/dev/null; then
  rm -rf "$out/repo-qr" && cp -r "$out/repo" "$out/repo-qr" && rm -rf "$out/repo-qr/site" "$out/qr" && mkdir -p "$out/qr"
  sed -i 's|^\[publish\]$|[publish]\nbase_url = "https://djgk.example.org/xd/"|' "$out/repo-qr/disclose.toml"
  ./target/debug/disclose -C "$out/repo-qr" --as-of 2026-11-28 publish >"$out/logs/publish-qr.txt" 2>&1 || fail "qr" "publish with base_url failed"
  # Each code as its own SVG, with the address its caption says, shown large on white.
  python3 - "$out/repo-qr/site/print/2026-Q3.html" "$out/qr" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
for n, (svg, address) in enumerate(re.findall(r'<figure class="qr">(<svg.*?</svg>)<figcaption>[^<]*<br>([^<]*)</figcaption>', html)):
    open(f"{sys.argv[2]}/{n}.html", "w", encoding="utf-8").write(
        '<!DOCTYPE html><html><body style="margin:40px;background:#fff">'
        + svg.replace('class="qr-code"', 'class="qr-code" style="width:400px;height:400px"')
        + "</body></html>")
    open(f"{sys.argv[2]}/{n}.txt", "w", encoding="utf-8").write(address)
PY
  codes=0
  for wrapper in "$out/qr/"*.html; do
    [[ -f "$wrapper" ]] || continue
    n=$(basename "$wrapper" .html)
    run_chromium --window-size=480,480 --screenshot="$out/qr/$n.png" "file://$wrapper" 2>/dev/null >/dev/null
    decoded=$(zbarimg --quiet --raw "$out/qr/$n.png" 2>/dev/null || true)
    expected=$(cat "$out/qr/$n.txt")
    [[ $decoded == "$expected" ]] || fail "qr" "code $n decodes to \"$decoded\", not \"$expected\""
    codes=$((codes + 1))
  done
  items_on_notice=$(grep -o '<article class="notice-item"' "$out/repo-qr/site/print/2026-Q3.html" | wc -l)
  ((codes == items_on_notice + 1)) || fail "qr" "$codes QR codes for $items_on_notice items and the board"
  grep -q 'https://djgk.example.org/xd/items/2026-H1-1.1.html' "$out/qr/"*.txt || fail "qr" "no code for items/2026-H1-1.1.html"
  echo "ok   qr: $codes codes on print/2026-Q3.html decode to their addresses"
else
  echo "skipped qr decode: needs disclose publish, zbarimg (apt-get install -y zbar-tools) and python3"
fi

# axe-core on every page kind: a copy of the page beside it, with axe injected, writes its
# violations into the DOM; none may be serious or critical.
axe_dir=tests/browser/.cache
if [[ ! -f $axe_dir/node_modules/axe-core/axe.min.js ]] && command -v npm >/dev/null; then
  npm install --prefix "$axe_dir" --no-audit --no-fund --silent axe-core@4 >/dev/null 2>&1 || true
fi
axe_js="$root/$axe_dir/node_modules/axe-core/axe.min.js"
if [[ -f $axe_js ]] && command -v python3 >/dev/null; then
  axe_pages=("${pages[@]}" "search-results|site/search.html?q=%E5%85%B1%E4%BD%93||")
  for spec in "${axe_pages[@]}"; do
    IFS='|' read -r name file _ _ <<<"$spec"
    page=${file%%\?*}
    query=${file#"$page"}
    copy="${out}/${page%.html}.axe.html"
    python3 - "$out/$page" "$copy" "file://$axe_js" <<'PY'
import sys
page, copy, axe = sys.argv[1:4]
html = open(page, encoding="utf-8").read()
probe = ('<script src="%s"></script><script>setTimeout(function () {'
         ' axe.run(document, {resultTypes: ["violations"]}).then(function (r) {'
         ' var pre = document.createElement("pre"); pre.id = "axe-results";'
         ' pre.textContent = JSON.stringify(r.violations.map(function (v) {'
         ' return {id: v.id, impact: v.impact, nodes: v.nodes.map(function (n) { return n.target.join(" "); })}; })'
         '   .concat(underlined()));'
         ' document.body.appendChild(pre); }); }, 300);'
         # Links in running text must be underlined (axe's link-in-text-block only asks when
         # the colours are close): a link whose nearest block holds other text.
         ' function underlined() { var bad = [];'
         ' document.querySelectorAll("main a[href]").forEach(function (a) {'
         '  var block = a.parentElement;'
         '  while (block && getComputedStyle(block).display.indexOf("inline") === 0) { block = block.parentElement; }'
         '  var rest = block.textContent.replace(a.textContent, "").trim();'
         '  if (rest && getComputedStyle(a).textDecorationLine.indexOf("underline") === -1) { bad.push(a.outerHTML.slice(0, 80)); } });'
         ' return bad.length ? [{id: "link-not-underlined", impact: "serious", nodes: bad}] : []; }'
         '</script>' % axe)
open(copy, "w", encoding="utf-8").write(html.replace("</body>", probe + "</body>"))
PY
    run_chromium --virtual-time-budget=20000 --dump-dom "file://$copy$query" >"$out/dom/$name.axe.html" 2>/dev/null || true
    rm -f "$copy"
    verdict=$(python3 - "$out/dom/$name.axe.html" <<'PY'
import html, json, re, sys
text = open(sys.argv[1], encoding="utf-8").read()
found = re.search(r'<pre id="axe-results">(.*?)</pre>', text, re.S)
if not found:
    print("NORESULT")
    sys.exit()
violations = json.loads(html.unescape(found.group(1)))
bad = [v for v in violations if v["impact"] in ("serious", "critical")]
print("; ".join("%s (%s): %s" % (v["id"], v["impact"], ", ".join(v["nodes"][:3])) for v in bad) or "OK")
PY
)
    case "$verdict" in
      OK) echo "ok   axe $name: no serious or critical violation" ;;
      NORESULT) fail "axe $name" "axe-core did not report (see $out/dom/$name.axe.html)" ;;
      *) fail "axe $name" "$verdict" ;;
    esac
  done
else
  echo "skipped axe-core: needs npm (to install axe-core into $axe_dir) and python3"
fi

echo "screenshots: $out/shots  PDFs: $out/pdf"
if ((failures > 0)); then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "all browser checks passed"
