#!/usr/bin/env bash
# The benchmark job side by side with its references (docs/performance.md has the figures).
#
#   scripts/bench.sh [BENCH_FOLDER] [--rows 342,10000,100000,1000000] [--runs 5] [--work DIR]
#
# BENCH_FOLDER is the shared benchmark folder (gen_data.py, annex_pandas.py, xlsx_c.c,
# requirements.txt; default: ../shared/bench beside the project, or $ANNEX_BENCH). The script
# builds annex (release, the Swift runtime linked in), generates the tables with gen_data.py, sets
# up the reference's virtual environment (requirements.txt) and compiles xlsx_c; then, per number
# of rows, it times with hyperfine (Debian's `hyperfine`) `annex build bench/wide.yaml --formats
# csv,md,xlsx` against `annex_pandas.py` (up to 100.000 rows: the reference takes minutes beyond),
# and from 100.000 rows annex's XLSX alone against `xlsx_c --constant-memory`; it prints the medians
# and their ratios and each command's peak memory (`/usr/bin/time -v`), and checks that annex's
# values equal the reference's at 342 rows. Whole processes; compare ratios of one sitting only.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

bench="${ANNEX_BENCH:-$root/../shared/bench}"
rows="342,10000,100000,1000000"
runs=5
work="${TMPDIR:-/tmp}/annex-bench"
while [ $# -gt 0 ]; do
    case "$1" in
        --rows) rows="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --work) work="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) bench="$1"; shift ;;
    esac
done
for file in gen_data.py annex_pandas.py xlsx_c.c requirements.txt; do
    [ -f "$bench/$file" ] || { echo "bench: $bench/$file not found (give the benchmark folder)" >&2; exit 64; }
done
for tool in hyperfine python3 cc pkg-config /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "bench: $tool not found (apt-get install hyperfine time gcc pkg-config)" >&2; exit 64; }
done

mkdir -p "$work/data" "$work/out"
# The Swift runtime and Foundation linked into the program: it starts in about half the time.
swift build -c release --static-swift-stdlib >/dev/null
annex="$root/.build/release/annex"
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet -r "$bench/requirements.txt"
# shellcheck disable=SC2046  # pkg-config's flags are words
cc -O2 -o "$work/xlsx_c" "$bench/xlsx_c.c" $(pkg-config --cflags --libs xlsxwriter)
python3 "$bench/gen_data.py" --out "$work/data" --wide-rows "$rows" --only wide >/dev/null 2>&1

# The median of a hyperfine JSON export's command number $2, in seconds.
median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["median"])' "$1" "$2"; }
# The peak memory of a command in MB.
peak() { /usr/bin/time -v "$@" 2>&1 >/dev/null | awk '/Maximum resident/ { printf "%.0f", $6 / 1024 }'; }
report() { # label, json, name of A, name of B
    local a b
    a=$(median "$2" 0); b=$(median "$2" 1)
    python3 -c 'import sys; a, b = float(sys.argv[2]), float(sys.argv[3]);
print(f"{sys.argv[1]}: {sys.argv[4]} {a * 1000:.1f} ms, {sys.argv[5]} {b * 1000:.1f} ms (medians): {b / a:.2f}x")' \
        "$1" "$a" "$b" "$3" "$4"
}

echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
IFS=, read -ra sizes <<< "$rows"
for n in "${sizes[@]}"; do
    data="$work/data/$n"
    mkdir -p "$data"
    cp "$work/data/wide_${n}_nl.csv" "$data/wide.csv"
    out="$work/out/$n"
    build="$annex build bench/wide.yaml --data $data --out $out/annex --formats csv,md,xlsx"
    pandas="$work/venv/bin/python $bench/annex_pandas.py $data/wide.csv $out/pandas"
    slow=$(( n > 100000 ))
    if [ "$slow" = 0 ]; then
        hyperfine --style basic -N --warmup 1 --runs "$runs" --export-json "$out.json" "$build" "$pandas" >/dev/null
        report "$n rows, csv+md+xlsx" "$out.json" annex pandas
    fi
    if [ "$n" -ge 100000 ]; then
        xlsx="$annex build bench/wide.yaml --data $data --out $out/annex --formats xlsx"
        c="$work/xlsx_c $data/wide.csv $out/c.xlsx --constant-memory"
        hyperfine --style basic -N --warmup "$(( 1 - slow ))" --runs "$(( slow ? 3 : runs ))" \
            --export-json "$out-xlsx.json" "$xlsx" "$c" >/dev/null
        report "$n rows, xlsx" "$out-xlsx.json" annex xlsx_c
        echo "  peak memory: annex xlsx $(peak $xlsx) MB, xlsx_c $(peak $c) MB"
    fi
    for format in csv md xlsx; do
        printf '  annex %s only: peak %s MB\n' "$format" \
            "$(peak "$annex" build bench/wide.yaml --data "$data" --out "$out/annex" --formats "$format")"
    done
    if [ "$n" = 342 ]; then
        "$annex" build bench/wide.yaml --data "$data" --out "$out/annex" --formats csv >/dev/null
        python3 - "$out/annex/bench-wide/tables/wide.csv" "$out/pandas/annex.csv" <<'CHECK'
import csv, sys
ours, theirs = (list(csv.reader(open(path, encoding="utf-8"))) for path in sys.argv[1:])
assert len(ours) == len(theirs), "row counts differ"
bad = 0
for mine, ref in zip(ours[1:], theirs[1:]):
    for column in range(2, len(ref)):
        if ref[column] == "" or mine[column] == "":
            bad += (ref[column] == "") != (mine[column] == "") and not ref[column] == "100.0"
        elif abs(float(mine[column]) - float(ref[column])) > 0.05 + 1e-9:
            bad += 1
print("  values at 342 rows:", "equal to the reference's" if bad == 0 else f"{bad} differ")
sys.exit(1 if bad else 0)
CHECK
    fi
done
