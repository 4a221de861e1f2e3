#!/usr/bin/env bash
# Hugo on the benchmark corpus, beside the floor.
#
#   benches/hugo.sh [N] [--tmpfs]          (N defaults to 10000)
#
# Generates the corpus of N items (benches/corpus.rs, the harness's seed), writes a Hugo
# site holding the same published public items (content/items/ID.md with TOML front
# matter, a minimal single.html and list.html), measures the all-cores floor, then runs
# `hugo --quiet` under /usr/bin/time -v and prints its wall time, CPU time and peak memory
# and each as a ratio to the floor. Needs `hugo` and GNU time (apt-get install -y hugo time).
set -euo pipefail

n="${1:-10000}"
storage_flag="${2:-}"
cd "$(dirname "$0")/.."

if ! command -v hugo >/dev/null; then
    echo "hugo is not installed (apt-get install -y hugo); nothing to compare" >&2
    exit 0
fi
if [ ! -x /usr/bin/time ]; then
    echo "GNU time is not installed (apt-get install -y time)" >&2
    exit 2
fi

if [ "$storage_flag" = "--tmpfs" ]; then
    site="/dev/shm/disclose-bench-hugo/$n"
else
    site="$PWD/target/bench-hugo/$n"
fi
mkdir -p "$(dirname "$site")"

out="$(cargo bench --bench harness -- --sizes "$n" $storage_flag --hugo "$site" 2>/dev/null)"
echo "$out" | grep -v '^FLOOR' || true
floor="$(echo "$out" | grep '^FLOOR')"
floor_wall="$(echo "$floor" | sed -E 's/.*wall_s=([0-9.]+).*/\1/')"
floor_cpu="$(echo "$floor" | sed -E 's/.*cpu_s=([0-9.]+).*/\1/')"
floor_rss="$(echo "$floor" | sed -E 's/.*rss_kib=([0-9]+).*/\1/')"

rm -rf "$site/public"
report="$(mktemp)"
/usr/bin/time -v hugo --quiet -s "$site" -d "$site/public" 2>"$report" >/dev/null || {
    echo "hugo failed:" >&2
    cat "$report" >&2
    exit 1
}
# "Elapsed (wall clock) time (h:mm:ss or m:ss): 0:01.23"
hugo_wall="$(grep 'Elapsed (wall clock)' "$report" | awk -F': ' '{print $2}' | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
hugo_user="$(grep 'User time (seconds)' "$report" | awk -F': ' '{print $2}')"
hugo_sys="$(grep 'System time (seconds)' "$report" | awk -F': ' '{print $2}')"
hugo_rss="$(grep 'Maximum resident set size' "$report" | awk -F': ' '{print $2}')"
pages="$(find "$site/public/items" -mindepth 2 -name index.html | wc -l)"
rm -f "$report"

hugo_version="$(hugo version | awk '{print $2}')"
awk -v n="$n" -v storage="${storage_flag:-disk}" -v fw="$floor_wall" -v fc="$floor_cpu" -v fr="$floor_rss" \
    -v hw="$hugo_wall" -v hu="$hugo_user" -v hs="$hugo_sys" -v hr="$hugo_rss" -v pages="$pages" -v version="$hugo_version" 'BEGIN {
    storage = (storage == "--tmpfs") ? "tmpfs" : storage
    hc = hu + hs
    printf "\n| items | storage | step | wall | CPU | peak memory | wall ÷ floor | CPU ÷ floor | memory ÷ floor |\n"
    printf "|---:|---|---|---:|---:|---:|---:|---:|---:|\n"
    printf "| %d | %s | floor, all cores | %.3f s | %.3f s | %.1f MiB | 1.00× | 1.00× | 1.00× |\n", n, storage, fw, fc, fr / 1024
    printf "| %d | %s | hugo %s (%d item pages) | %.3f s | %.3f s | %.1f MiB | %.2f× | %.2f× | %.2f× |\n", n, storage, version, pages, hw, hc, hr / 1024, hw / fw, hc / fc, hr / fr
}'
