#!/usr/bin/env bash
# Runs every JMH benchmark of rest-allow (see BENCHMARKS.md) from bench/target/benchmarks.jar, on 2 cores
# with enough forks and iterations for a median: -f 2 -wi 3 -i 5 (2 s each), -prof gc for allocation.
# Build first: mvn -B -q -Pbench -pl bench -am package -DskipTests
#
# Usage: bench/jmh.sh [OUTPUT_DIR]   (default bench/target/jmh)
#   JARS="a.jar b.jar" bench/jmh.sh   runs each group of benchmarks on each jar in turn (A/B of two
#   builds of the extension, alternating group by group); results in OUTPUT_DIR/<jar name>/.
# Each output directory gets the raw JMH output (*.txt, *.json), footprint.txt and summary.txt (the
# per-iteration CPU-time counters reduced to median, min and max).
set -euo pipefail
BENCH="$(cd "$(dirname "$0")" && pwd)"
JARS="${JARS:-$BENCH/target/benchmarks.jar}"
OUT="${1:-$BENCH/target/jmh}"
COMMON=(-f 2 -wi 3 -i 5 -prof gc)
TIMED=(-w 2s -r 2s)

out_of() { # jar -> its output directory
  if [ "$(echo "$JARS" | wc -w)" = 1 ]; then echo "$OUT"; else echo "$OUT/$(basename "$1" .jar)"; fi
}

group() { # name, JMH arguments...
  local name=$1; shift
  for jar in $JARS; do
    local dir; dir=$(out_of "$jar"); mkdir -p "$dir"
    echo "== $name on $jar (load $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$dir/load.txt"
    java -jar "$jar" "${COMMON[@]}" "$@" -rf json -rff "$dir/$name.json" >"$dir/$name.txt"
    grep -E '^[A-Za-z].*(avgt|sample|ss) ' "$dir/$name.txt" | grep -vE 'p0\.(0|9)|p1\.00|gc\.(count|time|alloc\.rate ) ' || true
  done
}

group lookup "${TIMED[@]}" 'RouteLookupBenchmark'
group build "${TIMED[@]}" 'RouteTableBuildBenchmark.build$'
group build-fresh 'RouteTableBuildBenchmark.buildFreshClasses'
group 405 "${TIMED[@]}" 'MethodNotAllowedBenchmark'

for jar in $JARS; do
  dir=$(out_of "$jar")
  java -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -cp "$jar" dev.restallow.bench.RouteTableFootprint \
    >"$dir/footprint.txt" 2>/dev/null
  # JMH sums @AuxCounters over iterations; the per-iteration values are in the raw output
  awk '
    /^# Benchmark:/ { bench = $3; measured = 0 }
    /^# Parameters:/ { params = $0; sub(/^# Parameters: /, "", params) }
    /^Iteration/ { measured = 1; next }
    measured && /(cpuNanosPerLookup|cpuMillisPerBuild):/ { key = bench " " params " " $1; values[key] = values[key] " " $2; measured = 0 }
    END {
      for (key in values) {
        n = split(values[key], v, " ")
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
        median = n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
        printf "%s median %.1f min %.1f max %.1f (n=%d)\n", key, median, v[1], v[n], n
      }
    }' "$dir"/*.txt | sort >"$dir/summary.txt"
  echo "== $dir"; cat "$dir/summary.txt" "$dir/footprint.txt"
done
