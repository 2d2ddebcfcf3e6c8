#!/usr/bin/env bash
# HTTP A/B of rest-allow: the same small application (bench/app) WITH the extension and WITHOUT it
# (-Drest-allow.enabled=false), on Jersey 3.1/Grizzly and on RESTEasy 6.2/Undertow, driven by wrk on
# 127.0.0.1 only. Both variants of one runtime run side by side on two ports; every measured run is
# preceded by its own warm-up, and A and B alternate (ABAB..., then BABA... in the next round).
#
# Scenarios: GET /books (200, the happy path), DELETE /books (a routing 405: /books has GET and POST),
# OPTIONS /books (automatic OPTIONS). Reported per runtime and scenario: median requests/s of each
# variant, the median of the per-round ratios with/without, and the bytes the server allocated per
# request (GET /_alloc before and after each run: all threads' allocated bytes / wrk's request count).
#
# Usage: bench/ab.sh [-r ROUNDS] [-d SECONDS] [-w WARMUP_SECONDS] [-t THREADS] [-c CONNECTIONS]
#                    [-R "jersey resteasy"] [-S "get 405 options"] [-V "with without"]
#                    [--skip-build]
# Defaults: 5 rounds, wrk -t2 -c16 -d10s after a 5 s warm-up, both runtimes, all three scenarios,
# variants with and without (about 8 minutes per runtime).
# Builds with the bench profile (mvn -Pbench); --skip-build reuses what an earlier run built.
# Results: bench/target/ab/ (raw wrk output, results.csv, summary.md).
set -euo pipefail

ROUNDS=5
DURATION=10
WARMUP=5
THREADS=2
CONNECTIONS=16
RUNTIMES="jersey resteasy"
SCENARIOS="get 405 options"
VARIANTS="with without"
BUILD=1
while [ $# -gt 0 ]; do
  case "$1" in
    -r) ROUNDS="$2"; shift 2 ;;
    -d) DURATION="$2"; shift 2 ;;
    -w) WARMUP="$2"; shift 2 ;;
    -t) THREADS="$2"; shift 2 ;;
    -c) CONNECTIONS="$2"; shift 2 ;;
    -R) RUNTIMES="$2"; shift 2 ;;
    -S) SCENARIOS="$2"; shift 2 ;;
    -V) VARIANTS="$2"; shift 2 ;;
    --skip-build) BUILD=0; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

BENCH="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
OUT="$BENCH/target/ab"
JAVA_OPTS="${JAVA_OPTS:--Xms256m -Xmx256m}"
PORT_WITHOUT=18182
port_of() { case "$1" in with) echo 18181 ;; without) echo 18182 ;; esac; }
mkdir -p "$OUT"
rm -f "$OUT"/wrk-*.txt "$OUT"/check-* "$OUT"/server-*.log

if ! command -v wrk >/dev/null 2>&1; then
  echo "== installing wrk (Debian package)"
  apt-get update -qq && apt-get install -y -qq wrk >/dev/null
fi
command -v curl >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq curl >/dev/null; }

if [ "$BUILD" = 1 ]; then
  echo "== building bench/jersey-app and bench/resteasy-app and their class paths"
  mvn -B -q -f "$ROOT/pom.xml" -Pbench -pl bench/jersey-app,bench/resteasy-app -am package dependency:build-classpath \
    -DskipTests -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime
fi

classpath() { # runtime -> class path of its app module
  local module="$BENCH/$1-app"
  echo "$(ls "$module"/target/rest-allow-bench-"$1"-app-*.jar | head -1):$(cat "$module/target/classpath.txt")"
}
main_class() {
  case "$1" in
    jersey) echo dev.restallow.bench.jersey.JerseyServerMain ;;
    resteasy) echo dev.restallow.bench.resteasy.ResteasyServerMain ;;
  esac
}

SERVER_PIDS=()
stop_servers() {
  for pid in "${SERVER_PIDS[@]:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  done
  SERVER_PIDS=()
}
trap stop_servers EXIT

start_server() { # runtime variant
  local port enabled=true cp
  port=$(port_of "$2")
  [ "$2" = without ] && enabled=false
  cp="$(classpath "$1")"
  local log="$OUT/server-$1-$2.log"
  # shellcheck disable=SC2086
  java $JAVA_OPTS -Drest-allow.enabled="$enabled" -cp "$cp" "$(main_class "$1")" "$port" >"$log" 2>&1 &
  SERVER_PIDS+=("$!")
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/ping" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "server $1 ($2) on port $port did not start; see $log" >&2
  return 1
}

# wrk scripts: one per request method
for method in GET DELETE OPTIONS; do
  printf 'wrk.method = "%s"\n' "$method" >"$OUT/$method.lua"
done
scenario_method() { case "$1" in get) echo GET ;; 405) echo DELETE ;; options) echo OPTIONS ;; esac; }
scenario_status() { case "$1" in get) echo 200 ;; 405) echo 405 ;; options) echo 200 ;; esac; }

allocated() { curl -fs "http://127.0.0.1:$1/_alloc"; }

# one wrk run: runtime scenario variant round port -> appends a CSV line
run_wrk() {
  local runtime=$1 scenario=$2 variant=$3 round=$4 port=$5 method
  method=$(scenario_method "$scenario")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$OUT/$method.lua" "http://127.0.0.1:$port/books" >/dev/null
  local before after raw="$OUT/wrk-$runtime-$scenario-$variant-$round.txt"
  before=$(allocated "$port")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s "$OUT/$method.lua" "http://127.0.0.1:$port/books" >"$raw"
  after=$(allocated "$port")
  local rps requests non2xx errors
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$raw")
  requests=$(awk '/requests in/ {print $1}' "$raw")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$raw"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors:/ {print}' "$raw")
  [ -n "$errors" ] && echo "   ($runtime $scenario $variant: $errors)"
  local bytes=$(( (after - before) / requests ))
  echo "$runtime,$scenario,$variant,$round,$rps,$requests,$non2xx,$bytes" >>"$OUT/results.csv"
  printf '   %-8s %-7s %-7s round %d: %10s req/s  %8d B/request\n' "$runtime" "$scenario" "$variant" "$round" "$rps" "$bytes"
}

# checks that both variants answer as expected before anything is measured
check_runtime() { # runtime port -> 0 when rest-allow is active on that port (and shows what "without" sends)
  local runtime=$1 headers body ok=0 PORT_WITH=$2
  headers=$(curl -s -D - -o "$OUT/check-$runtime-$2-405.body" -X DELETE "http://127.0.0.1:$PORT_WITH/books" | tr -d '\r')
  body=$(cat "$OUT/check-$runtime-$2-405.body")
  echo "$headers" >"$OUT/check-$runtime-$2-405.headers"
  echo "   with rest-allow (port $2), DELETE /books:"
  echo "$headers" | grep -iE '^(HTTP|Allow|Content-Type)' | sed 's/^/     /'
  echo "     $body"
  echo "$headers" | grep -q '^HTTP/1.1 405' || ok=1
  echo "$headers" | grep -qx 'Allow: GET, HEAD, POST, OPTIONS' || ok=1
  echo "$headers" | grep -qi '^Content-Type: application/json' || ok=1
  echo "$body" | grep -q '"allowed_methods":\["GET","HEAD","POST","OPTIONS"\]' || ok=1
  local options
  options=$(curl -s -D - -o /dev/null -X OPTIONS "http://127.0.0.1:$PORT_WITH/books" | tr -d '\r')
  echo "   with rest-allow, OPTIONS /books:"
  echo "$options" | grep -iE '^(HTTP|Allow|Content-Type|Content-Length)' | sed 's/^/     /'
  echo "$options" | grep -qx 'Allow: GET, HEAD, POST, OPTIONS' || ok=1
  [ "$PORT_WITH" = "$(port_of with)" ] || return $ok
  echo "   without rest-allow, DELETE /books and OPTIONS /books:"
  curl -s -D - -o /dev/null -X DELETE "http://127.0.0.1:$PORT_WITHOUT/books" | tr -d '\r' | grep -iE '^(HTTP|Allow|Content-Type)' | sed 's/^/     /'
  curl -s -D - -o /dev/null -X OPTIONS "http://127.0.0.1:$PORT_WITHOUT/books" | tr -d '\r' | grep -iE '^(HTTP|Allow|Content-Type)' | sed 's/^/     /'
  return $ok
}

median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print v[(NR+1)/2]} else {print (v[NR/2]+v[NR/2+1])/2}}'; }

echo "runtime,scenario,variant,round,rps,requests,non2xx,alloc_bytes_per_request" >"$OUT/results.csv"
{
  echo "# bench/ab.sh $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s after a ${WARMUP}s warm-up per run, $ROUNDS rounds; JVM: $JAVA_OPTS; $(nproc) cores; load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1); $(wrk -v 2>&1 | head -1)"
  echo
} >"$OUT/summary.md"

ACTIVE=""
for runtime in $RUNTIMES; do
  echo "== $runtime: starting the variants: $VARIANTS"
  for variant in $VARIANTS; do
    start_server "$runtime" "$variant"
  done
  active=1
  for variant in $VARIANTS; do
    [ "$variant" = without ] && continue
    if ! check_runtime "$runtime" "$(port_of "$variant")"; then
      echo "!! $runtime ($variant): rest-allow is not active as expected; not measured (see $OUT/check-$runtime-*)" | tee -a "$OUT/summary.md"
      active=0
    fi
  done
  if [ "$active" = 0 ]; then
    stop_servers
    continue
  fi
  ACTIVE="$ACTIVE $runtime"
  read -r -a variants <<<"$VARIANTS"
  for round in $(seq 1 "$ROUNDS"); do
    echo "-- $runtime round $round/$ROUNDS (load $(cut -d' ' -f1 /proc/loadavg))"
    for scenario in $SCENARIOS; do
      # the order rotates from round to round: with,without / without,with / ...
      for i in $(seq 0 $((${#variants[@]} - 1))); do
        variant=${variants[$(( (i + round - 1) % ${#variants[@]} ))]}
        run_wrk "$runtime" "$scenario" "$variant" "$round" "$(port_of "$variant")"
      done
    done
  done
  stop_servers
done

{
  echo "| runtime | scenario | variant | req/s (median) | req/s without (median) | ratio to without: median of per-round ratios | min-max of ratios | B/request (median) | B/request without | B/request added |"
  echo "|---|---|---|---:|---:|---:|---:|---:|---:|---:|"
  for runtime in $ACTIVE; do
    for scenario in $SCENARIOS; do
      without=$(awk -F, -v r="$runtime" -v s="$scenario" '$1==r && $2==s && $3=="without" {print $5}' "$OUT/results.csv" | median)
      awithout=$(awk -F, -v r="$runtime" -v s="$scenario" '$1==r && $2==s && $3=="without" {print $8}' "$OUT/results.csv" | median)
      for variant in $VARIANTS; do
        [ "$variant" = without ] && continue
        rps=$(awk -F, -v r="$runtime" -v s="$scenario" -v v="$variant" '$1==r && $2==s && $3==v {print $5}' "$OUT/results.csv" | median)
        ratios=$(awk -F, -v r="$runtime" -v s="$scenario" -v v="$variant" '$1==r && $2==s {rps[$4","$3]=$5; rounds[$4]=1}
          END {for (k in rounds) if (rps[k",without"] > 0 && rps[k","v] > 0) printf "%.4f\n", rps[k","v] / rps[k",without"]}' "$OUT/results.csv")
        ratio=$(echo "$ratios" | median)
        range="$(echo "$ratios" | sort -g | head -1)-$(echo "$ratios" | sort -g | tail -1)"
        alloc=$(awk -F, -v r="$runtime" -v s="$scenario" -v v="$variant" '$1==r && $2==s && $3==v {print $8}' "$OUT/results.csv" | median)
        echo "| $runtime | $scenario | $variant | $rps | $without | $(printf '%.3f' "$ratio") | $range | $alloc | $awithout | $(awk -v a="$alloc" -v b="$awithout" 'BEGIN {print a-b}') |"
      done
    done
  done
  echo
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
} >>"$OUT/summary.md"

echo
cat "$OUT/summary.md"
