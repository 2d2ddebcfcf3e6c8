#!/usr/bin/env bash
# Starts the bookshelf sample API on Payara Micro with rest-allow in WEB-INF/lib.
#   payara-sample/run.sh            (PORT=9090 payara-sample/run.sh for another port)
# Builds the WAR, fetches Payara Micro through Maven, binds HTTP to 127.0.0.1 only. Ctrl+C stops it.
set -euo pipefail

PORT="${PORT:-8080}"
PAYARA_VERSION="${PAYARA_VERSION:-6.2025.10}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$root/payara-sample/target"
cd "$root"

echo "Building rest-allow-core and the sample WAR..."
mvn -B -q -pl payara-sample -am package -DskipTests

echo "Fetching Payara Micro $PAYARA_VERSION..."
mvn -B -q -N dependency:copy \
    -Dartifact="fish.payara.extras:payara-micro:$PAYARA_VERSION" \
    -Dmdep.stripVersion=true \
    -DoutputDirectory="$target"

preboot="$target/payara-preboot.asadmin"
echo 'set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1' > "$preboot"

base="http://127.0.0.1:$PORT/payara-sample/api"
cat <<MSG

Starting Payara Micro on 127.0.0.1:$PORT. Once it logs "Payara Micro ... ready", try:

  curl -i -X DELETE $base/books
  curl -i -X OPTIONS $base/books/1
  curl -i -H 'Accept: application/problem+json' -X PUT $base/books/search

MSG

exec java -jar "$target/payara-micro.jar" \
    --deploy "$target/payara-sample.war" \
    --port "$PORT" \
    --nohazelcast \
    --disablephonehome \
    --prebootcommandfile "$preboot"
