#!/usr/bin/env bash
# Long fuzzing sessions of the core's Jazzer fuzz tests (JAZZER_FUZZ=1), one target after another.
#
#   bench/fuzz.sh [SECONDS] [TARGET...]     SECONDS per target (default 300)
#
# Targets (default: all): io.CaseFileReaderFuzzTest#readAndAnalyze, model.MonthParsersFuzzTest#months,
# model.MonthParsersFuzzTest#ranges (classes under org.rangefinder). For each target it prints the
# number of executions, exec/s, the coverage reached and the findings. A finding's input is saved by
# Jazzer under core/src/test/resources/org/rangefinder/<pkg>/<Class>Inputs/<method>/crash-*: once the
# defect is fixed, commit that file and every normal build replays it. The corpus the fuzzer grows is
# kept in core/.cifuzz-corpus/ (ignored by git) and reused by the next session.
# Logs: bench/results/fuzz-<target>-<time>.log; figures appended to bench/results/fuzz.tsv.
# Environment: JAZZER_KEEP_GOING (distinct findings before a target stops; default 100),
# FUZZ_HEAP (test JVM heap; default 1g, which keeps the process under libFuzzer's 2 GB RSS limit).
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
# shellcheck source=../scripts/find-jdk.sh
source "$root/scripts/find-jdk.sh"
rf_find_jdk || exit 1

seconds=300
if [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds="$1"; shift; fi
targets=("$@")
((${#targets[@]})) || targets=(io.CaseFileReaderFuzzTest#readAndAnalyze model.MonthParsersFuzzTest#months
  model.MonthParsersFuzzTest#ranges)

mkdir -p "$root/bench/results"
(cd "$root" && ./mvnw -q -B test-compile -pl core) # compiles main and test classes once

summary=()
failed=0
for t in "${targets[@]}"; do
  cls="org.rangefinder.${t%%#*}"
  method="${t##*#}"
  log="$root/bench/results/fuzz-${t//#/-}-$(date +%Y%m%d-%H%M%S).log"
  echo "fuzz.sh: fuzzing $cls#$method for ${seconds}s (log: $log)" >&2
  set +e
  (cd "$root" && JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" JAZZER_KEEP_GOING="${JAZZER_KEEP_GOING:-100}" \
    ./mvnw -B test -pl core -Dtest="$cls#$method" -Dsurefire.failIfNoSpecifiedTests=false -DtrimStackTrace=false \
      -Dfuzz.hooks=true -Dfuzz.jvm.args="-Xmx${FUZZ_HEAP:-1g}") > "$log" 2>&1
  status=$?
  set -e
  runs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\1/p' "$log" | tail -n 1)
  secs=$(sed -n 's/^Done \([0-9]*\) runs in \([0-9]*\) second.*/\2/p' "$log" | tail -n 1)
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\) .*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\/[0-9a-zA-Z]*\) .*/\1/p' <<<"$last")
  findings=$(grep -c '^== Java Exception' "$log" || true)
  if [[ -z "$runs" ]]; then # stopped by a finding or an error before libFuzzer's last line
    runs=$(sed -n 's/^#\([0-9]*\).*/\1/p' <<<"$last")
    secs="?"
  fi
  rate="?"
  [[ -n "$runs" && "$secs" =~ ^[0-9]+$ && "$secs" -gt 0 ]] && rate=$((runs / secs))
  line="$t: ${runs:-?} executions in ${secs}s (${rate} exec/s), cov ${cov:-?}, corpus ${corp:-?}, findings ${findings}, exit ${status}"
  summary+=("$line")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -Iseconds)" "$t" "$seconds" "${runs:-}" "$secs" "$rate" \
    "${cov:-}" "$findings" "$(cut -d' ' -f1 /proc/loadavg)" >> "$root/bench/results/fuzz.tsv"
  if ((findings > 0 || status != 0)); then
    failed=1
    grep -A 12 '^== Java Exception' "$log" | head -n 60 >&2 || true
  fi
done

echo
echo "Fuzzing, ${seconds}s per target, $(nproc) cores, $(java -version 2>&1 | head -n 1):"
printf '  %s\n' "${summary[@]}"
new=$(cd "$root" && git status --porcelain --untracked-files=all -- core/src/test/resources | grep -E 'crash-|timeout-|oom-|slow-unit-' || true)
if [[ -n "$new" ]]; then
  echo "New finding inputs (replayed by every build once committed):"
  printf '  %s\n' "$new"
fi
exit "$failed"
