#!/usr/bin/env bash
# Runs every fuzz target for SECONDS (default 60) each, seeded from the test fixtures.
# Needs cargo-fuzz (`cargo install cargo-fuzz`); the stable toolchain is enough with
# RUSTC_BOOTSTRAP=1, which this script sets.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
fixtures=../tests/cli/fixtures/minimal
mkdir -p corpus/{item,catalogue,feedback,calendar,markdown}
cp "$fixtures"/items/2026/*.md corpus/item/
cp "$fixtures"/items/2026/*.md corpus/markdown/
cp "$fixtures"/catalogue/*.toml corpus/catalogue/
cp "$fixtures"/feedback/2026/*.md corpus/feedback/
cp ../assets/calendar/cn.toml corpus/calendar/
export RUSTC_BOOTSTRAP=1
for target in item catalogue feedback calendar markdown; do
  echo "== $target ($seconds s)"
  cargo fuzz run -O "$target" "corpus/$target" -- -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=65536 2>&1 | grep -E "^(#[0-9]+ +DONE|Done|==|SUMMARY)|panicked|ERROR" || true
done
