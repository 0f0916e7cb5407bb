#!/usr/bin/env bash
# Benchmark of a partner REST submission beside plain single-row PostgreSQL inserts, same machine, same run.
# NOT part of the test run. Needs: the built WAR and Payara jar (./mvnw -q install -DskipTests at the repository
# root), PostgreSQL 15 server binaries and pgbench (Debian: postgresql, postgresql-contrib), wrk (apt-get install wrk),
# curl, and the system user "postgres" (initdb refuses to run as root).
#
# What it does:
#   1. a throw-away PostgreSQL cluster on port $PGPORT (data under $WORK), used by both the app and pgbench;
#   2. Payara Micro with the WAR in demo mode against it (demo partner prisiones-valladolid);
#   3. wrk, $CLIENTS connections / $CLIENTS threads for $DURATION: each request registers a complaint as a new case
#      (POST /api/v1/cases: validation, duplicate search, case + persons + complaint, audit, CaseOpened and its
#      reactions) with a new Idempotency-Key; BENCH=subscription measures the partners module's own submission;
#   4. pgbench, $CLIENTS clients for $DURATION: one-row INSERT into a table with 3 indexes (simple and prepared);
#   5. prints both rates, stops everything.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PGPORT="${PGPORT:-55432}"
HTTP_PORT="${HTTP_PORT:-58080}"
CLIENTS="${CLIENTS:-8}"
DURATION="${DURATION:-30s}"
WORK="$(mktemp -d /tmp/viogen-bench.XXXXXX)"
chown postgres "$WORK"
WAR="$ROOT/modules/app/target/viogen.war"
MICRO="$ROOT/modules/app/target/payara-micro.jar"
PAYARA_PID=""

cleanup() {
  [ -n "$PAYARA_PID" ] && kill "$PAYARA_PID" 2>/dev/null && wait "$PAYARA_PID" 2>/dev/null || true
  su postgres -c "$PGBIN/pg_ctl -D $WORK/pg -m fast stop" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "== PostgreSQL ($PGBIN) on port $PGPORT"
su postgres -c "$PGBIN/initdb -D $WORK/pg -U postgres --auth=trust -E UTF8 >/dev/null"
su postgres -c "$PGBIN/pg_ctl -D $WORK/pg -o '-p $PGPORT -k $WORK -c max_connections=100' -l $WORK/pg.log -w start >/dev/null"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE viogen"

echo "== Payara Micro on port $HTTP_PORT"
java -Xmx768m -Dcom.sun.xml.ws.monitoring.endpoint=false -Dcom.sun.xml.ws.monitoring.client=false \
  -Dfile.encoding=UTF-8 -Duser.timezone=Europe/Madrid -Djava.io.tmpdir="$WORK" \
  -Dviogen.mode=demo -Dviogen.scheduler.enabled=true \
  -Dviogen.db.url="jdbc:postgresql://127.0.0.1:$PGPORT/viogen" -Dviogen.db.user=postgres -Dviogen.db.password=postgres \
  -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$HTTP_PORT" --sslport $((HTTP_PORT + 1)) --nocluster \
  > "$WORK/payara.log" 2>&1 &
PAYARA_PID=$!
for i in $(seq 1 240); do
  if curl -fs "http://localhost:$HTTP_PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$HTTP_PORT/health/ready" >/dev/null || { echo "Payara not ready; see $WORK/payara.log"; tail -50 "$WORK/payara.log"; exit 1; }

# BENCH=complaint (default): REST complaint registration (POST /api/v1/cases) by the demo court;
# BENCH=subscription: the partners module's own submission (POST /api/v1/partner/subscriptions).
BENCH="${BENCH:-complaint}"
if [ "$BENCH" = complaint ]; then
  CLIENT=juzgado-valladolid; SCRIPT="$HERE/complaint.lua"
  UNIT=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d viogen -Atc "SELECT id FROM platform.unit WHERE code = 'UFAM-VA'")
  export UNIT
else
  CLIENT=prisiones-valladolid; SCRIPT="$HERE/submission.lua"
fi
TOKEN=$(curl -fs -d grant_type=client_credentials -d client_id=$CLIENT -d client_secret=viogen-demo \
  "http://localhost:$HTTP_PORT/api/v1/auth/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
export TOKEN

echo "== warm-up (10 s)"
wrk -t2 -c2 -d10s -s "$SCRIPT" "http://localhost:$HTTP_PORT" >/dev/null
echo "== REST $BENCH submission: wrk $CLIENTS clients, $DURATION"
wrk -t"$CLIENTS" -c"$CLIENTS" -d"$DURATION" --latency -s "$SCRIPT" "http://localhost:$HTTP_PORT" | tee "$WORK/wrk.txt"
if [ "$BENCH" = complaint ]; then
  ROWS=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d viogen -Atc "SELECT count(*) FROM intake.complaint WHERE atestado_number LIKE 'bench-case-%'")
else
  ROWS=$(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d viogen -Atc "SELECT count(*) FROM partners.subscription WHERE callback_url LIKE '%/bench/%'")
fi
echo "rows written by the benchmark: $ROWS"

echo "== pgbench: $CLIENTS clients, $DURATION, one-row INSERT, 3 indexes"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d viogen -q <<'SQL'
DROP TABLE IF EXISTS bench_row;
CREATE TABLE bench_row (id bigserial PRIMARY KEY, payload text NOT NULL, amount bigint NOT NULL, created_at timestamptz NOT NULL);
CREATE INDEX bench_row_amount ON bench_row (amount);
CREATE INDEX bench_row_created ON bench_row (created_at);
SQL
SECS="${DURATION%s}"
for mode in simple prepared; do
  echo "-- pgbench protocol $mode"
  pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -c "$CLIENTS" -j 2 -T "$SECS" -M "$mode" -f "$HERE/insert.sql" viogen \
    | grep -E 'tps|latency average|number of transactions actually processed'
done
