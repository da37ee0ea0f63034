#!/usr/bin/env bash
# Load run against the live server on this machine (see bench/load/README.md):
#   `java -Xmx256m -jar target/paragraf.jar serve` (default JVM flags otherwise) on a fresh SQLite
#   store with the bundled examples, a sekreterare logged in, the Norrdal protokoll of 2025-11-27
#   drafted and completed (a draft: every DOCX is rendered, not read from a seal), then wrk drives
#   (a) preview: POST /api/dokument/ID/forhandsgranska with the protokoll's text (check + HTML)
#   (b) DOCX:    GET  /dokument/ID/ladda-ner/docx
# with a warm-up and then 1, 4 and 16 concurrent connections, on 127.0.0.1 only, each run
# bounded in time; prints throughput, p50/p90/p99 latency and the server's peak memory.
#
# Needs java 17, mvn (to build the jar when stale), wrk, curl, python3.
#   LOAD_SECONDS=15  length of each measured run      WARM_SECONDS=90  warm-up per endpoint
#   (C2 keeps compiling for about 90 s of load on 2 cores; a shorter warm-up measures the JIT too)
#   CONNECTIONS="1 4 16"    ENDPOINTS="preview docx"   PROFILE=1  record JFR and print hot methods
#   TYPING="512 000"  the phrase each preview request replaces by a counter (empty: one text)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/target"
secs="${LOAD_SECONDS:-15}"
warm="${WARM_SECONDS:-90}"
conns="${CONNECTIONS:-1 4 16}"
endpoints="${ENDPOINTS:-preview docx}"
typing="${TYPING-512 000}"
jar="$root/target/paragraf.jar"

for tool in java wrk curl python3; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool saknas (wrk: apt-get install -y wrk)" >&2; exit 2; }
done
say() { printf '\n== %s\n' "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?"; }
load_start="$(load)"
# the speed of this machine at the moment: the same fixed loop, timed (shared hosts vary by 2x)
reference() { python3 -c 'import time
t = time.perf_counter()
s = 0
for i in range(5_000_000): s += i
print("%.2f s" % (time.perf_counter() - t))'; }
reference_start="$(reference)"
busy="$(ps -eo pcpu=,args= --sort=-pcpu | awk '$1 > 20 { print; n++ } n == 3 { exit }')"
[ -n "$busy" ] && printf 'run.sh: the machine is not quiet; figures will be low:\n%s\n' "$busy" >&2

say "building target/paragraf.jar if stale"
"$root/paragraf" --version >/dev/null

rm -rf "$work" && mkdir -p "$work"
flags=(-Xmx256m "-Xlog:gc:file=$work/gc.log" ${SERVER_FLAGS:-})
[ -n "${PROFILE:-}" ] && flags+=(-XX:FlightRecorderOptions:stackdepth=256)
say "starting the server: java ${flags[*]} -jar target/paragraf.jar serve --host 127.0.0.1 --port 0"
(cd "$work" && PARAGRAF_DB="jdbc:sqlite:$work/paragraf.db" exec java "${flags[@]}" -jar "$jar" \
  serve --host 127.0.0.1 --port 0 --agendas "$root/agendas" --cookie-secure=nej \
  >"$work/server.out" 2>"$work/server.err") &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 300); do
  grep -q "igång" "$work/server.out" 2>/dev/null && grep -q "norrdal.sekreterare" "$work/server.out" && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.2
done
port="$(grep -o 'http://127.0.0.1:[0-9]*' "$work/server.out" | head -1 | cut -d: -f3)"
user="$(grep -o 'användarnamn norrdal[^,]*' "$work/server.out" | cut -d' ' -f2)"
pass="$(grep 'användarnamn norrdal' "$work/server.out" | sed 's/.*lösenord \([^ ]*\).*/\1/')"
base="http://127.0.0.1:$port"
[ -n "$port" ] && [ -n "$pass" ] || { echo "run.sh: the server printed no port or login" >&2; exit 1; }

json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
jar_cookies="$work/cookies.txt"
csrf="$(curl -sf -c "$jar_cookies" "$base/api/csrf" | json 'd["csrf"]')"
api() { # METHOD PATH [JSON-BODY]
  curl -sf -b "$jar_cookies" -c "$jar_cookies" -X "$1" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' ${3:+--data-binary "$3"} "$base$2"
}
csrf="$(api POST /api/logga-in "$(python3 -c 'import json,sys; print(json.dumps({"anvandarnamn": sys.argv[1], "losenord": sys.argv[2]}))' "$user" "$pass")" | json 'd["csrf"]')"
cookie="$(awk '$6 == "paragraf_session" { print $6 "=" $7 }' "$jar_cookies")"

say "drafting the protokoll of 2025-11-27 (kallelse sent, 'Skapa protokoll', justerare and decisions filled in)"
kallelse="$(api GET '/api/organ/norrdal?ar=2025' | json '[m["kallelse"]["id"] for m in d["moten"] if m["datum"] == "2025-11-27"][0]')"
version="$(api GET "/api/dokument/$kallelse" | json 'd["version"]')"
api POST "/api/dokument/$kallelse/skicka-kallelse" "{\"version\": $version}" >/dev/null
protokoll="$(api POST "/api/dokument/$kallelse/skapa-protokoll" | json 'd["id"]')"
api GET "/api/dokument/$protokoll" | python3 -c '
import json, sys
t = json.load(sys.stdin)["text"]
t = (t.replace("justerare:\n", "justerare:\n  - Jonas Berglund\n")
      .replace("att utse ____ till justerare", "att utse Jonas Berglund till justerare")
      .replace("att …", "att bevilja Älvsby kommun 512 000 kronor i fortsatt medfinansiering"))
json.dump({"basversion": 1, "text": t}, open(sys.argv[1], "w"), ensure_ascii=False)
json.dump({"text": t}, open(sys.argv[2], "w"), ensure_ascii=False)
' "$work/save.json" "$work/preview.json"
problems="$(api POST "/api/dokument/$protokoll" "@$work/save.json" | json 'len(d["problem"])')"
preview_url="$base/api/dokument/$protokoll/forhandsgranska"
docx_url="$base/dokument/$protokoll/ladda-ner/docx"
echo "protokoll $protokoll: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["text"]))' "$work/preview.json") characters, $problems problems after the save" >&2

# one of each by hand first: the load must measure real answers
api POST "/api/dokument/$protokoll/forhandsgranska" "@$work/preview.json" | json '"preview: %d bytes of HTML, %d problems" % (len(d["html"]), len(d["problem"]))' >&2
curl -sf -b "$jar_cookies" -o "$work/sample.docx" "$docx_url"
head -c 2 "$work/sample.docx" | grep -q PK || { echo "run.sh: the DOCX is not a zip" >&2; exit 1; }
echo "docx: $(stat -c %s "$work/sample.docx") bytes" >&2

export COOKIE="$cookie" CSRF="$csrf"
results="$work/results.txt"
: >"$results"
tick="$(getconf CLK_TCK)"
cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; } # the server's user + system ticks
drive() { # NAME URL BODY_FILE SECONDS CONNECTIONS
  local line before requests
  before="$(cpu)"
  line="$(BODY_FILE="$3" wrk -t1 -c"$5" -d"${4}s" --timeout 5s -s "$here/load.lua" "$2" | grep '^RESULT')"
  requests="$(echo "$line" | sed 's/.*requests=\([0-9]*\).*/\1/')"
  # CPU time the server spent per request: steadier than the rate when other work shares the cores
  line="$line server_cpu_ms=$(awk -v t="$(( $(cpu) - before ))" -v n="$requests" -v hz="$tick" \
    'BEGIN { printf "%.2f", (n > 0 ? 1000 * t / hz / n : 0) }') load=$(cut -d' ' -f1 /proc/loadavg)"
  echo "$1 c=$5 ${line#RESULT }" | tee -a "$results" >&2
}
for what in $endpoints; do
  if [ "$what" = preview ]; then url="$preview_url"; body="$work/preview.json"; else url="$docx_url"; body=""; fi
  # every preview is of a new text (one § changed), as while typing; the DOCX is of the saved one
  if [ "$what" = preview ]; then export TYPING="$typing"; else export TYPING=""; fi
  say "$what: warm-up ${warm}s"
  BODY_FILE="$body" wrk -t1 -c4 -d"${warm}s" --timeout 5s -s "$here/load.lua" "$url" >/dev/null
  # the recording starts after the (first) warm-up: the profile of the warm server, not the JIT's
  if [ -n "${PROFILE:-}" ] && [ ! -e "$work/jfr.started" ]; then
    jcmd "$pid" JFR.start name=load settings=profile >/dev/null && touch "$work/jfr.started"
  fi
  for c in $conns; do
    say "$what: ${secs}s with $c connection(s)"
    drive "$what" "$url" "$body" "$secs" "$c"
  done
done

say "server memory"
hwm="$(awk '/VmHWM/ { print $2 " " $3 }' "/proc/$pid/status")"
rss="$(awk '/VmRSS/ { print $2 " " $3 }' "/proc/$pid/status")"
jcmd "$pid" GC.heap_info >"$work/heap_info.txt" 2>&1 || true
gc="$(python3 - "$work/gc.log" <<'EOF'
import re, sys
before = after = count = 0
pause = 0.0
for line in open(sys.argv[1]):
    m = re.search(r"Pause.* (\d+)M->(\d+)M\((\d+)M\) ([\d.]+)ms", line)
    if m:
        count += 1
        before = max(before, int(m.group(1)))
        after = max(after, int(m.group(2)))
        pause += float(m.group(4))
print(f"{count} pauses, {pause:.0f} ms in all; heap before GC at most {before} MB, after GC at most {after} MB")
EOF
)"
{
  echo "load average at the start $load_start, at the end $(load) (wrk and the server share the cores)"
  echo "reference loop (python3, 5 million additions; 0.65 s on a quiet stretch): $reference_start before, $(reference) after"
  echo "server peak RSS (VmHWM) $hwm, RSS now $rss"
  echo "GC: $gc"
  grep -m1 -i "heap\|garbage-first" "$work/heap_info.txt" || true
} | tee -a "$results" >&2

if [ -n "${PROFILE:-}" ]; then
  say "JFR: hot methods (top frames of the execution samples) and hot se.paragraf frames"
  jcmd "$pid" JFR.dump name=load filename="$work/server.jfr" >/dev/null
  jfr print --stack-depth 256 --events jdk.ExecutionSample "$work/server.jfr" >"$work/samples.txt"
  python3 - "$work/samples.txt" <<'EOF' | tee "$work/profile.txt" >&2
import collections, re, sys
top, inclusive, stacks = collections.Counter(), collections.Counter(), 0
frames = None
for line in open(sys.argv[1]):
    line = line.strip()
    if line.startswith("stackTrace = ["):
        frames = []
    elif frames is not None and line.startswith("]"):
        if frames:
            stacks += 1
            top[frames[0]] += 1
            # each method once per sample: the share of samples spent in it or below it
            for f in set(f for f in frames if f.startswith("se.paragraf.")):
                inclusive[f] += 1
        frames = None
    elif frames is not None and line and not line.startswith("..."):
        frames.append(re.sub(r"\s+line:.*", "", line))
print(f"{stacks} samples (JFR jdk.ExecutionSample; stacks are cut at 64 frames)")
print("top frames (self time):")
for f, n in top.most_common(15):
    print(f"  {100 * n / stacks:5.1f}%  {f}")
print("se.paragraf methods, inclusive (in the method or below it):")
for f, n in inclusive.most_common(45):
    print(f"  {100 * n / stacks:5.1f}%  {f}")
EOF
fi

say "results ($results)"
cat "$results"
