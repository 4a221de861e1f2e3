#!/usr/bin/env bash
# The README's screenshots: each page kind of the example's board at 1280 and 390 pixels
# wide (the first screenful), from file://, into docs/screenshots/ (JPEG when ImageMagick's
# `convert` is installed, else PNG). Run from the project root after a change of the look:
#
#   tests/browser/screenshots.sh
#
# Needs: chromium, fonts-noto-cjk.
set -euo pipefail
cd "$(dirname "$0")/../.."
chromium_bin=$(command -v chromium || command -v chromium-browser)
dest=docs/screenshots
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cargo build --quiet
mkdir -p "$work/repo" "$dest"
cp -r disclose.toml catalogue items feedback calendar "$work/repo/"
./target/debug/disclose -C "$work/repo" --as-of 2026-11-28 publish >/dev/null
site="$work/repo/site"
# name | page (with a query for the search)
shots=(
  "index|index.html"
  "category|categories/3.html"
  "item|items/2026-H1-1.1.html"
  "catalogue|catalogue.html"
  "feedback|feedback.html"
  "archive|archive/2026.html"
  "search|search.html?q=%E5%85%B1%E4%BD%93"
  "print|print/2026-Q3.html"
)
for spec in "${shots[@]}"; do
  IFS='|' read -r name page <<<"$spec"
  for size in 1280,900 390,844; do
    width=${size%,*}
    profile=$(mktemp -d)
    "$chromium_bin" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$profile" \
      --hide-scrollbars --virtual-time-budget=5000 --window-size="$size" \
      --screenshot="$work/$name-$width.png" "file://$site/$page" >/dev/null 2>&1
    rm -rf "$profile"
    if command -v convert >/dev/null; then
      convert "$work/$name-$width.png" -strip -quality 80 "$dest/$name-$width.jpg"
    else
      cp "$work/$name-$width.png" "$dest/$name-$width.png"
    fi
  done
done
ls -la "$dest"
