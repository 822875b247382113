#!/usr/bin/env bash
# Builds the JMH benchmarks jar (module bench) and runs the core benchmarks, one thread.
#   bench/jmh.sh              full run (the iterations set on the benchmark class: 10 x 3 s warmup, 5 x 2 s measured,
#                             1 fork; about 5 minutes)
#   bench/jmh.sh --short      smoke run: -f 1 -wi 1 -w 1s -i 3 -r 1s (about 1 minute; the engine is far from warm
#                             after 1 s, so these figures understate the steady rate many times over)
#   bench/jmh.sh [--short] [JMH options...]   any further arguments go to JMH (e.g. a benchmark regex, -prof gc)
# Results: printed, and written as JSON to bench/results/jmh-<date>.json (ignored by git).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
source "$root/scripts/find-jdk.sh"
rf_find_jdk || exit 1

args=()
if [[ "${1:-}" == "--short" ]]; then
  args+=(-f 1 -wi 1 -w 1s -i 3 -r 1s)
  shift
fi

echo "jmh.sh: building bench/target/benchmarks.jar..." >&2
(cd "$root" && ./mvnw -q -B -DskipTests package -pl bench -am)

mkdir -p "$root/bench/results"
out="$root/bench/results/jmh-$(date +%Y%m%d-%H%M%S).json"
echo "jmh.sh: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1); load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
"$JAVA_HOME/bin/java" -jar "$root/bench/target/benchmarks.jar" "${args[@]}" -rf json -rff "$out" "$@"
echo "jmh.sh: results in $out; load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
