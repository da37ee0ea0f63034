#!/usr/bin/env bash
# Paragraf speed figures in one run on this machine (see bench/README.md):
#  (a) JMH: warm render of a 30-§ protokoll to HTML and to DOCX, and parse + validate of its source
#  (b) whole process: one `./paragraf render X.md --format docx` beside `pandoc X.md -o X.docx`
#  (c) one `./paragraf render` of 100 sources beside 100 sequential pandoc runs
# Needs java 17, mvn, pandoc; uses hyperfine when installed, else bash's `time` in a loop.
# BENCH_QUICK=1 shortens JMH (for trying the script, not for figures).
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
gen="$bench/target/gen"
work="$bench/target/run"
runs="${BENCH_RUNS:-10}"

say() { printf '\n== %s\n' "$*" >&2; }
mvn_q() { mvn -q -B -o "$@" >&2 2>/dev/null || mvn -q -B "$@" >&2; }

command -v pandoc >/dev/null || { echo "run.sh: pandoc saknas (apt-get install pandoc)" >&2; exit 2; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
load_start="$(load)"

say "building target/paragraf.jar (if stale) and the CDS archive"
"$root/paragraf" --version >/dev/null 2>&1
say "building the benchmarks"
(cd "$bench" && mvn_q package dependency:build-classpath -Dmdep.outputFile=target/cp.txt)
cp="$bench/target/classes:$(cat "$bench/target/cp.txt")"
java -cp "$cp" se.paragraf.bench.Sources "$root/agendas" "$gen" >&2
rm -rf "$work" && mkdir -p "$work"
p30="$gen/protokoll30/2025-09-18-protokoll.md"
batch="$gen/batch"

# --- (a) JMH ---------------------------------------------------------------------------------
say "(a) JMH, warm (default JVM flags, as the server runs)"
jmh_opts=()
[ -n "${BENCH_QUICK:-}" ] && jmh_opts=(-wi 1 -i 1 -f 1)
# the forked benchmark JVM inherits these -D flags
java -Dparagraf.bench.gen="$gen" -Dparagraf.bench.agendas="$root/agendas" -cp "$cp" \
  org.openjdk.jmh.Main "${jmh_opts[@]}" -prof gc -rf csv -rff "$work/jmh.csv" RenderBench >&2
# "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit"
jmh() {
  awk -F, -v b="$1" '$1 ~ b"\"$" {gsub(/"/, ""); printf "%.2f ± %.2f", $5, $6}' "$work/jmh.csv"
}
# bytes allocated per operation (JMH's gc profiler), in MB
alloc() {
  awk -F, -v b="$1" '$1 ~ b":.*gc.alloc.rate.norm\"$" {gsub(/"/, ""); printf "%.1f MB", $5 / 1e6}' \
    "$work/jmh.csv"
}

# --- timing helpers: "mean min cpu" in seconds (cpu: mean user + system time, less sensitive
# to other processes on the machine than wall time) ---------------------------------------------
# measure RUNS WARMUP CMD: a command line run through bash
measure() {
  local n="$1" warm="$2" cmd="$3"
  if command -v hyperfine >/dev/null; then
    hyperfine --style basic --runs "$n" --warmup "$warm" --export-csv "$work/h.csv" "$cmd" >&2
    awk -F, 'NR == 2 {printf "%.3f %.3f %.3f\n", $2, $7, $5 + $6}' "$work/h.csv"
  else
    local i TIMEFORMAT='%R %U %S'
    for ((i = 0; i < warm; i++)); do bash -c "$cmd" >/dev/null 2>&1; done
    for ((i = 0; i < n; i++)); do
      { time bash -c "$cmd" >/dev/null 2>&1; } 2>&1
    done | awk '{r += $1; c += $2 + $3; if (NR == 1 || $1 < m) m = $1}
      END {printf "%.3f %.3f %.3f\n", r / NR, m, c / NR}'
  fi
}

# --- (b) one document, whole process ---------------------------------------------------------
say "(b) one 30-§ protokoll to DOCX, whole process, $runs runs (CDS archive present)"
read -r b_mean b_min b_cpu < <(measure "$runs" 2 \
  "'$root/paragraf' render '$p30' --format docx --out '$work/b' >/dev/null")
read -r bp_mean bp_min bp_cpu < <(measure "$runs" 2 "pandoc '$p30' -o '$work/b-pandoc.docx'")

# --- (c) 100 sources -------------------------------------------------------------------------
n_src=$(find "$batch" -name '*-kallelse.md' -o -name '*-protokoll.md' | wc -l)
say "(c) $n_src sources: one paragraf render beside $n_src pandoc runs, 3 runs each"
read -r c_mean c_min c_cpu < <(measure 3 1 \
  "'$root/paragraf' render '$batch' --format docx --out '$work/c' >/dev/null")
[ "$(find "$work/c" -name '*.docx' | wc -l)" -eq "$n_src" ] \
  || { echo "run.sh: paragraf skrev inte $n_src filer" >&2; exit 1; }
mkdir -p "$work/c-pandoc"
read -r cp_mean cp_min cp_cpu < <(measure 3 1 \
  "for f in '$batch'/*-*.md; do pandoc \"\$f\" -o '$work/c-pandoc'/\$(basename \"\$f\" .md).docx; done")

# --- table ------------------------------------------------------------------------------------
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a / b}'; }
ms() { awk -v s="$1" 'BEGIN {printf "%.0f ms", s * 1000}'; }
{
  echo
  echo "Paragraf speed, $(nproc) cores, $(java -version 2>&1 | head -1), $(pandoc --version | head -1)"
  echo "load average at start: $load_start, at end: $(load) (other processes inflate the figures)"
  echo
  echo "| what | Paragraf | pandoc | target |"
  echo "| --- | --- | --- | --- |"
  echo "| (a) warm HTML, 30-§ protokoll, ms/doc | $(jmh renderHtml) ($(alloc renderHtml)/doc) | – | ≤ 2 ms |"
  echo "| (a) warm DOCX, 30-§ protokoll, ms/doc | $(jmh renderDocx) ($(alloc renderDocx)/doc) | – | ≤ 6 ms |"
  echo "| (a) warm parse + validate, ms/source | $(jmh parseAndValidate) ($(alloc parseAndValidate)/source) | – | – |"
  echo "| (b) one DOCX, whole process, mean (min) | $(ms "$b_mean") ($(ms "$b_min")) | $(ms "$bp_mean") ($(ms "$bp_min")) | < 700 ms |"
  echo "| (b) same, CPU time (user + system) | $(ms "$b_cpu") | $(ms "$bp_cpu") | – |"
  echo "| (c) $n_src sources to DOCX, mean (min) | $(ms "$c_mean") ($(ms "$c_min")) | $(ms "$cp_mean") ($(ms "$cp_min")) | ≥ 3× faster |"
  echo "| (c) same, CPU time (user + system) | $(ms "$c_cpu") | $(ms "$cp_cpu") | – |"
  echo "| (c) Paragraf faster than pandoc by | $(ratio "$cp_mean" "$c_mean") | | ≥ 3× |"
}
