#!/usr/bin/env bash
# Complaint registration over REST beside pgbench replaying the application's own SQL, same PostgreSQL, same run.
# NOT part of the test run. Needs: the WAR and the Payara jar (./mvnw -B -q package -DskipTests -pl modules/app -am),
# PostgreSQL 15 server binaries and pgbench (Debian: postgresql, postgresql-contrib), wrk, curl, python3, and the
# system user "postgres" (initdb refuses to run as root).
#
# What it does, in one run on one throw-away PostgreSQL cluster ($PGPORT, data under $WORK):
#   1. Payara Micro with the WAR in demo mode against it (demo court juzgado-valladolid, cases:write);
#   2. warm-up: wrk, 8 clients, $WARMUP (JIT, pools, caches);
#   3. capture: log_statement=all for exactly one registration (nothing else in flight), the statements of the
#      application (application_name viogen) taken from the server log and turned by replay.py into a pgbench
#      script: the same statements, in the same transactions, with ids taken from the replayed nextval()/lastval()
#      and the request's unique values (key, atestado, DNIs, birth dates) varied per transaction;
#   4. (a) wrk, $CLIENTS connections for $DURATION: each request registers a complaint as a new case
#      (POST /api/v1/cases, new Idempotency-Key each): rate, p50, p99;
#   5. (b) pgbench, $CLIENTS clients for $DURATION, the replayed script, prepared protocol (what the JDBC driver
#      uses): rate, p50, p99 (from pgbench's per-transaction log);
#   6. (c) wrk again at about half the app's rate (a think time per connection): p50, p99 there;
#   7. prints the rates, their ratio, the latencies, and the statement count per registration.
# PGSS=1: pg_stat_statements per registration for the REST and the pgbench runs (PGSS_TOP statements, 30).
# Environment: CLIENTS (8), DURATION (30s), WARMUP (20s), PGPORT (55432), HTTP_PORT (58080), PGBIN, WAR, PROFILE=1 (a JFR
# recording of the REST run, its file in PROFILE_OUT, and profile.py's breakdown of the request threads' CPU), JAVA_EXTRA
# (more JVM options, e.g. -XX:StartFlightRecording=filename=/tmp/bench.jfr,settings=profile).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../../.." && pwd)"
PGBIN="${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}"
PGPORT="${PGPORT:-55432}"
HTTP_PORT="${HTTP_PORT:-58080}"
CLIENTS="${CLIENTS:-8}"
DURATION="${DURATION:-30s}"
WARMUP="${WARMUP:-20s}"
WORK="$(mktemp -d /tmp/viogen-bench.XXXXXX)"
chown postgres "$WORK"
WAR="${WAR:-$ROOT/modules/app/target/viogen.war}"
MICRO="${MICRO:-$ROOT/modules/app/target/payara-micro.jar}"
PAYARA_PID=""
PSQL="psql -h 127.0.0.1 -p $PGPORT -U postgres -d viogen"

cleanup() {
  [ -n "$PAYARA_PID" ] && kill "$PAYARA_PID" 2>/dev/null && wait "$PAYARA_PID" 2>/dev/null || true
  su postgres -c "$PGBIN/pg_ctl -D $WORK/pg -m fast stop" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] || rm -rf "$WORK"
}
trap cleanup EXIT

echo "== $(date -u '+%F %T') UTC, $(nproc) cores, load: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== WAR $WAR"
echo "== PostgreSQL ($PGBIN) on port $PGPORT"
su postgres -c "$PGBIN/initdb -D $WORK/pg -U postgres --auth=trust -E UTF8 >/dev/null"
PGSS_OPTS=""
[ -n "${PGSS:-}" ] && PGSS_OPTS="-c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c pg_stat_statements.track_planning=on"
su postgres -c "$PGBIN/pg_ctl -D $WORK/pg -o \"-p $PGPORT -k $WORK -c max_connections=100 -c log_line_prefix='%m [%p] %a ' $PGSS_OPTS\" -l $WORK/pg.log -w start >/dev/null"
psql -h 127.0.0.1 -p "$PGPORT" -U postgres -qc "CREATE DATABASE viogen"
[ -n "${PGSS:-}" ] && psql -h 127.0.0.1 -p "$PGPORT" -U postgres -d viogen -qc "CREATE EXTENSION pg_stat_statements"

echo "== Payara Micro on port $HTTP_PORT"
java -Xmx768m -Dcom.sun.xml.ws.monitoring.endpoint=false -Dcom.sun.xml.ws.monitoring.client=false \
  -Dfile.encoding=UTF-8 -Duser.timezone=Europe/Madrid -Djava.io.tmpdir="$WORK" ${JAVA_EXTRA:-} \
  -Dviogen.mode=demo -Dviogen.scheduler.enabled=true \
  -Dviogen.db.url="jdbc:postgresql://127.0.0.1:$PGPORT/viogen" -Dviogen.db.user=postgres -Dviogen.db.password=postgres \
  -jar "$MICRO" --deploy "$WAR" --contextroot / --port "$HTTP_PORT" --sslport $((HTTP_PORT + 1)) --nocluster \
  > "$WORK/payara.log" 2>&1 &
PAYARA_PID=$!
for i in $(seq 1 600); do
  if curl -fs "http://localhost:$HTTP_PORT/health/ready" >/dev/null 2>&1; then break; fi
  sleep 1
done
curl -fs "http://localhost:$HTTP_PORT/health/ready" >/dev/null || { echo "Payara not ready; see $WORK/payara.log"; tail -50 "$WORK/payara.log"; exit 1; }

UNIT=$($PSQL -Atc "SELECT id FROM platform.unit WHERE code = 'UFAM-VA'")
TOKEN=$(curl -fs -d grant_type=client_credentials -d client_id=juzgado-valladolid -d client_secret=viogen-demo \
  "http://localhost:$HTTP_PORT/api/v1/auth/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')
export UNIT TOKEN

echo "== warm-up: wrk $CLIENTS clients, $WARMUP"
wrk -t"$CLIENTS" -c"$CLIENTS" -d"$WARMUP" --timeout 30s -s "$HERE/complaint.lua" "http://localhost:$HTTP_PORT" | grep -E 'Requests/sec|requests:'
sleep 3

echo "== capture: the SQL of one registration"
BODY='{"complaint":{"atestadoNumber":"CAPATESTADO0","filedAt":"2026-11-20T10:00:00Z","place":"Domicilio","municipalityCode":"47186","channel":"VICTIM","summary":"Denuncia de carga"},"victim":{"identity":{"firstName":"Carga","lastName1":"Prueba","lastName2":"Bench","documentType":"DNI","documentNumber":"11111111H","birthDate":"1971-03-04","nationality":"española"},"language":"español","interpreterNeeded":false,"safeContactChannel":"móvil","safeCallWindow":"mañanas","phone":"600111222","address":"C/ Secreta 1","addressProtected":true},"aggressor":{"identity":{"firstName":"Agresor","lastName1":"Carga","documentType":"DNI","documentNumber":"22222222J","birthDate":"1962-07-08"},"relationship":"EX_PARTNER","cohabiting":false,"weaponsLicence":false,"whereaboutsKnown":true},"minors":[],"responsibleUnitId":'"$UNIT"'}'
# ids of six digits and more, so that replay.py can tell them from the small constants of the statements
# (each sequence in a range of its own, so that no two of them hand out the same value)
$PSQL -Atqc "SELECT setval(c.oid::regclass, greatest(coalesce(s.last_value, 0), 1000000 * row_number() OVER (ORDER BY c.oid)))
  FROM pg_class c JOIN pg_sequences s ON s.schemaname = c.relnamespace::regnamespace::text AND s.sequencename = c.relname
  WHERE c.relkind = 'S'" >/dev/null
$PSQL -qc "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" >/dev/null
sleep 1
FROM=$(wc -l < "$WORK/pg.log")
curl -s -o "$WORK/capture.json" -w '%{http_code}\n' -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -H 'Idempotency-Key: CAPKEY0' -d "$BODY" "http://localhost:$HTTP_PORT/api/v1/cases"
sleep 0.3
$PSQL -qc "ALTER SYSTEM SET log_statement = 'none'" -c "SELECT pg_reload_conf()" >/dev/null
tail -n +"$((FROM + 1))" "$WORK/pg.log" > "$WORK/capture.log"
python3 "$HERE/replay.py" "$WORK/capture.log" --psql "$PSQL" \
  --vary CAPKEY0=key --vary CAPATESTADO0=key --vary 11111111H=dni --vary 22222222J=dni \
  --vary 1971-03-04=date --vary 1962-07-08=date \
  --exclude 'pg_try_advisory_xact_lock' --exclude 'FROM partners\.delivery' --exclude 'next_attempt_at <= now\(\)' \
  > "$WORK/replay.sql"
cp "$WORK/replay.sql" "$HERE/last-replay.sql"
STATEMENTS=$(grep -vc '^\\\|^--' "$WORK/replay.sql")
TXS=$(grep -ciE '^(COMMIT|ROLLBACK)' "$WORK/replay.sql" || true)
echo "statements per registration: $STATEMENTS (of which BEGIN/COMMIT: $((TXS * 2)), transactions: $TXS); script: $HERE/last-replay.sql"
echo "-- syntax check: one transaction"
pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -t 1 -M prepared -f "$WORK/replay.sql" viogen 2>&1 | grep -E 'processed|error|ERROR' || true

# CPU time (clock ticks) of the application's JVM, of PostgreSQL (live processes, and those that ended, through the
# postmaster's children's times) and of everything on the machine (/proc/stat), to split a request's cost
ticks_java() { awk '{print $14 + $15}' "/proc/$PAYARA_PID/stat"; }
ticks_pg() {
  local pm; pm=$(head -1 "$WORK/pg/postmaster.pid")
  { awk '{print $14 + $15 + $16 + $17}' "/proc/$pm/stat"
    for c in $(ps -o pid= --ppid "$pm"); do awk '{print $14 + $15}' "/proc/$c/stat" 2>/dev/null || true; done
  } | awk '{s += $1} END {print s}'
}
# PostgreSQL's CPU split: client backends (the statements) and everything else (WAL writer, checkpointer, autovacuum)
ticks_pg_split() {
  local pm; pm=$(head -1 "$WORK/pg/postmaster.pid")
  for c in $(ps -o pid= --ppid "$pm"); do
    { tr '\0' ' ' < "/proc/$c/cmdline" | sed -E 's/^postgres: (postgres viogen|[a-z ]+).*/\1/'; echo " $(awk '{print $14 + $15}' "/proc/$c/stat")"; } 2>/dev/null || true
  done | awk '{n = $NF; $NF = ""; s[$0] += n} END {for (k in s) print k "\t" s[k]}'
}
# PGSS=1: what the statements cost PostgreSQL (pg_stat_statements, planning included), by caller and statement
pgss_reset() { [ -z "${PGSS:-}" ] || $PSQL -Atqc "SELECT pg_stat_statements_reset()" >/dev/null; }
pgss_report() {
  [ -z "${PGSS:-}" ] && return 0
  local n="$1"
  echo "pg_stat_statements, per registration ($n): calls, execution ms, planning ms (plans), statement"
  $PSQL -Atc "SELECT to_char(sum(calls)::numeric / $n, 'FM990.00') || ' calls, exec ' || to_char(sum(total_exec_time)::numeric / $n, 'FM990.000')
      || ' ms, plan ' || to_char(sum(total_plan_time)::numeric / $n, 'FM990.000') || ' ms (' || to_char(sum(plans)::numeric / $n, 'FM990.00') || ' plans) in all'
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'viogen')"
  $PSQL -Atc "SELECT to_char(calls::numeric / $n, 'FM990.00') || E'\t' || to_char(total_exec_time::numeric / $n, 'FM990.000')
      || E'\t' || to_char(total_plan_time::numeric / $n, 'FM990.000') || ' (' || to_char(plans::numeric / $n, 'FM990.00') || E')\t'
      || left(regexp_replace(query, '\s+', ' ', 'g'), 110)
    FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = 'viogen')
    ORDER BY total_exec_time + total_plan_time DESC LIMIT ${PGSS_TOP:-30}" | sed 's/^/  /'
}
ticks_all() { awk '/^cpu / {print $2 + $3 + $4 + $7 + $8}' /proc/stat; }
# the JVM's threads by kind (name without its number): "name ticks" lines
ticks_threads() {
  for t in /proc/"$PAYARA_PID"/task/*; do
    { tr -d '\n' < "$t/comm"; echo " $(awk '{print $14 + $15}' "$t/stat")"; } 2>/dev/null || true
  done | sed -E 's/[#0-9 ()_-]+ ([0-9]+)$/ \1/' | awk '{n = $NF; $NF = ""; s[$0] += n} END {for (k in s) print k "\t" s[k]}'
}
HZ=$(getconf CLK_TCK)

echo "== (a) REST registration: wrk $CLIENTS clients, $DURATION"
[ -n "${PROFILE:-}" ] && jcmd "$PAYARA_PID" JFR.start name=bench settings=profile filename="$WORK/rest.jfr" >/dev/null
pgss_reset
J0=$(ticks_java); P0=$(ticks_pg); A0=$(ticks_all); ticks_threads > "$WORK/threads0.txt"; ticks_pg_split > "$WORK/pgsplit0.txt"
wrk -t"$CLIENTS" -c"$CLIENTS" -d"$DURATION" --timeout 30s --latency -s "$HERE/complaint.lua" "http://localhost:$HTTP_PORT" | tee "$WORK/wrk.txt"
J1=$(ticks_java); P1=$(ticks_pg); A1=$(ticks_all); ticks_threads > "$WORK/threads1.txt"; ticks_pg_split > "$WORK/pgsplit1.txt"
[ -n "${PROFILE:-}" ] && jcmd "$PAYARA_PID" JFR.stop name=bench >/dev/null
APP_RATE=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.txt")
APP_N=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
CPU_A=$(awk -v n="$APP_N" -v j=$((J1 - J0)) -v p=$((P1 - P0)) -v a=$((A1 - A0)) -v hz="$HZ" 'BEGIN {
  printf "per registration: application JVM %.1f ms CPU, PostgreSQL %.1f ms CPU (machine: %.1f ms of all CPU, others included)", 1000 * j / hz / n, 1000 * p / hz / n, 1000 * a / hz / n }')
echo "$CPU_A"
echo "the JVM's CPU by thread kind (ms per registration; threads that ended during the run are not counted):"
awk -F'\t' -v n="$APP_N" -v hz="$HZ" 'NR == FNR {a[$1] = $2; next} {d = $2 - a[$1]; if (d > 0) printf "  %7.1f  %s\n", 1000 * d / hz / n, $1}' \
  "$WORK/threads0.txt" "$WORK/threads1.txt" | sort -rn | head -12
echo "PostgreSQL's CPU by process kind (ms per registration; processes that ended during the run are not counted):"
awk -F'\t' -v n="$APP_N" -v hz="$HZ" 'NR == FNR {a[$1] = $2; next} {d = $2 - a[$1]; if (d > 0) printf "  %7.1f  %s\n", 1000 * d / hz / n, $1}' \
  "$WORK/pgsplit0.txt" "$WORK/pgsplit1.txt" | sort -rn | head -8
echo "PostgreSQL connections the application holds after it: $($PSQL -Atc "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'viogen'")"
pgss_report "$APP_N"

echo "== (b) pgbench, the application's SQL: $CLIENTS clients, $DURATION, prepared protocol"
SECS="${DURATION%s}"
P0=$(ticks_pg); pgss_reset
(cd "$WORK" && pgbench -h 127.0.0.1 -p "$PGPORT" -U postgres -n -c "$CLIENTS" -j 2 -T "$SECS" -M prepared -l \
   --log-prefix=pgb -f "$WORK/replay.sql" viogen) | tee "$WORK/pgbench.txt" | grep -E 'tps|latency average|processed|failed'
P1=$(ticks_pg)
PG_N=$(awk '/number of transactions actually processed/ {print $NF}' "$WORK/pgbench.txt" | cut -d/ -f1)
CPU_B=$(awk -v n="$PG_N" -v p=$((P1 - P0)) -v hz="$HZ" 'BEGIN { if (n > 0) printf "per replayed registration: PostgreSQL %.1f ms CPU", 1000 * p / hz / n }')
echo "$CPU_B"
[ "${PG_N:-0}" -gt 0 ] && pgss_report "$PG_N"
PG_RATE=$(awk '/^tps/ {print $3; exit}' "$WORK/pgbench.txt")
PG_LAT=$(cat "$WORK"/pgb.* | awk '{print $3}' | sort -n | awk '{a[NR]=$1} END {printf "p50 %.2f ms, p99 %.2f ms", a[int(NR*0.5)]/1000, a[int(NR*0.99)]/1000}')
echo "pgbench latency: $PG_LAT"

HALF=$(awk -v r="$APP_RATE" 'BEGIN {printf "%d", r / 2}')
echo "== (c) REST registration at about half that rate (~$HALF/s): wrk $CLIENTS clients with think time, $DURATION"
THINK_MS=$(awk -v r="$APP_RATE" -v c="$CLIENTS" -v l="$(awk '/Latency /{print $2; exit}' "$WORK/wrk.txt")" 'BEGIN {
  ms = l; if (l ~ /us$/) ms = l / 1000; else if (l ~ /ms$/) ms = l + 0; else if (l ~ /s$/) ms = l * 1000;
  t = c * 1000 / (r / 2) - ms; if (t < 1) t = 1; printf "%d", t }')
THINK_MS="$THINK_MS" wrk -t"$CLIENTS" -c"$CLIENTS" -d"$DURATION" --timeout 30s --latency -s "$HERE/complaint.lua" \
  "http://localhost:$HTTP_PORT" | tee "$WORK/wrk-half.txt" | grep -E 'Requests/sec|50%|99%'

echo "== summary ($(date -u '+%F %T') UTC, load: $(cut -d' ' -f1-3 /proc/loadavg))"
awk -v a="$APP_RATE" -v b="$PG_RATE" 'BEGIN {printf "REST registration %.1f/s, pgbench on its SQL %.1f/s, ratio %.3f (target >= 0.5)\n", a, b, a / b}'
echo "REST latency: $(awk '/ 50%/{p50=$2} / 99%/{p99=$2} END {print "p50 " p50 ", p99 " p99}' "$WORK/wrk.txt"); at half rate: $(awk '/ 50%/{p50=$2} / 99%/{p99=$2} END {print "p50 " p50 ", p99 " p99 " (target < 150 ms)"}' "$WORK/wrk-half.txt")"
echo "pgbench latency: $PG_LAT; statements per registration: $STATEMENTS in $TXS transactions"
echo "CPU, REST run: $CPU_A"
echo "CPU, pgbench run: $CPU_B"
if [ -n "${PROFILE:-}" ]; then
  cp "$WORK/rest.jfr" "${PROFILE_OUT:-$HERE/last-rest.jfr}"
  echo "== profile of the REST run (request threads, JFR): ${PROFILE_OUT:-$HERE/last-rest.jfr}"
  python3 "$HERE/profile.py" "$WORK/rest.jfr"
fi
echo "rows: $($PSQL -Atc "SELECT count(*) FROM intake.complaint WHERE atestado_number LIKE 'bench-case-%'") complaints by wrk"
