#!/usr/bin/env bash
# The docket-screening benchmark (issue 6): generates a synthetic docket, then times
# `rangefinder screen` on it against a bare awk script (bench/table-lookup.awk) that only looks
# up the Sentencing Table cell of each row of the same file.
#
#   bench/screen.sh [ROWS]            ROWS rows (default 1,000,000), seed 42
#   bench/screen.sh --short           20,000 rows: a smoke run for CI
#   bench/screen.sh --docket FILE     use an existing docket CSV instead of generating one
#
# Prints both wall times, the ratio screen/awk (the target is at most 1.0 on a 2-core machine) and
# the peak RSS of screen, which runs with -Xmx256m (RANGEFINDER_JAVA_OPTS, passed on by the launcher).
# Environment: THREADS (default: nproc), WORK (scratch folder, default /tmp), AWK (default awk).
# Every run appends its figures to bench/results/screen.tsv (ignored by git).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
rows=1000000
seed=42
docket=""
while (($#)); do
  case "$1" in
    --short) rows=20000 ;;
    --docket) docket="${2:?--docket needs a file}"; shift ;;
    -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) [[ "$1" =~ ^[0-9]+$ ]] || { echo "screen.sh: unknown argument '$1' (see --help)" >&2; exit 2; }
       rows="$1" ;;
  esac
  shift
done
threads="${THREADS:-$(nproc)}"
work="${WORK:-/tmp}"
awk_bin="${AWK:-awk}"
rf="$root/rangefinder"

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -v true >/dev/null 2>&1; then
  echo "screen.sh: GNU time (/usr/bin/time -v) is missing; installing the Debian package 'time'..." >&2
  if [[ $(id -u) -eq 0 ]]; then apt-get install -y -q time >&2; else sudo apt-get install -y -q time >&2; fi
fi

now() { date +%s%N; }
# `rangefinder X --help` for an unknown X prints the main help and exits 0, so look at the command list
has_command() { "$rf" --help 2>/dev/null | grep -qE "^  $1( |\$)"; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }

echo "screen.sh: building the app if needed ($("$rf" --version 2>&1 | tail -n 1))" >&2

if [[ -z "$docket" ]]; then
  if ! has_command generate; then
    echo "screen.sh: this build has no 'generate' command; give an existing docket with --docket FILE" >&2
    exit 1
  fi
  docket="$work/docket.csv"
  t0=$(now)
  "$rf" generate --rows "$rows" --seed "$seed" > "$docket"
  t1=$(now)
  echo "screen.sh: generated $rows rows (seed $seed) into $docket in $(secs "$t0" "$t1") s" >&2
fi
[[ -s "$docket" ]] || { echo "screen.sh: $docket is missing or empty" >&2; exit 1; }
size=$(du -h "$docket" | cut -f1)
records=$(($(wc -l < "$docket") - 1))

table="$work/rangefinder-table.csv"
"$rf" table --format csv > "$table" 2>/dev/null

# the bare baseline (the file was just written or read, so both runs find it in the page cache)
cat "$docket" > /dev/null
awk_out="$work/awk-out.csv"
t0=$(now)
LC_ALL=C "$awk_bin" -v table="$table" -f "$root/bench/table-lookup.awk" "$docket" > "$awk_out"
t1=$(now)
awk_s=$(secs "$t0" "$t1")
awk_rows=$(($(wc -l < "$awk_out") - 1))

result_line() { # appended to bench/results/screen.tsv
  local tsv="$root/bench/results/screen.tsv"
  mkdir -p "$root/bench/results"
  [[ -s "$tsv" ]] || printf 'time\tcores\trows\tthreads\tawk_s\tscreen_s\tratio\tscreen_rss_kb\tload\n' > "$tsv"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Iseconds)" "$(nproc)" "$records" "$threads" "$awk_s" "$@" \
    "$(cut -d' ' -f1 /proc/loadavg)" >> "$tsv"
}

if ! has_command screen; then
  echo "docket:        $docket ($size, $records lines after the header)"
  echo "awk baseline:  ${awk_s} s ($("$awk_bin" -W version 2>&1 | head -n 1 || true); $awk_rows output rows)"
  echo "screen:        not available in this build (no 'screen' command)"
  result_line "-" "-" "-"
  exit 1
fi

screen_out="$work/screen-out.csv"
timing="$work/screen-time.txt"
t0=$(now)
set +e
RANGEFINDER_JAVA_OPTS="${RANGEFINDER_JAVA_OPTS:-} -Xmx256m" \
  /usr/bin/time -v -o "$timing" "$rf" screen "$docket" --out "$screen_out" --threads "$threads" 2> "$work/screen-stderr.txt"
status=$?
set -e
t1=$(now)
screen_s=$(secs "$t0" "$t1")
rss_kb=$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$timing")
screen_rows=$(($(wc -l < "$screen_out") - 1))
ratio=$(awk -v s="$screen_s" -v a="$awk_s" 'BEGIN { printf "%.2f", (a > 0 ? s / a : 0) }')
result_line "$screen_s" "$ratio" "$rss_kb"

echo "docket:        $docket ($size, $records lines after the header), $(nproc) cores, screen --threads $threads"
echo "awk baseline:  ${awk_s} s ($("$awk_bin" -W version 2>&1 | head -n 1 || true); $awk_rows output rows)"
echo "screen:        ${screen_s} s (-Xmx256m; exit status $status; $screen_rows output rows)"
echo "ratio:         ${ratio} (screen / awk; target at most 1.00)"
echo "peak RSS:      $((rss_kb / 1024)) MB (screen, /usr/bin/time -v)"
# 2 and 3 only say that rows were invalid, malformed or unsupported, as a generated docket's are
if ((status != 0 && status != 2 && status != 3)); then
  echo "screen.sh: screen exited with status $status; its stderr ends:" >&2
  tail -n 20 "$work/screen-stderr.txt" >&2
  exit "$status"
fi
tail -n 30 "$work/screen-stderr.txt" | sed 's/^/screen summary: /' >&2
if ((screen_rows != awk_rows)); then
  echo "screen.sh: WARNING: screen wrote $screen_rows rows, awk $awk_rows (records with line breaks inside quoted fields count once for screen; check the row balance)" >&2
fi
