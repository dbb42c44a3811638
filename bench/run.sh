#!/usr/bin/env bash
# The benchmark, against a production-like deployment on this machine: Debian's MariaDB server (its own data folder,
# port 3317) and the provisioned WildFly running the built register.ear (port 8280), not the development run.
#
#   bench/run.sh [smoke|demo]     smoke: a few seconds per scenario; demo: 30 s each (the demo data set)
#
# Measures the ceilings of shared/benchmarks.md that need no separate program (C1: a static file served by the same
# WildFly) and the read scenarios P1 (public declaration page), P2 (API page of 100 meetings, first and a deep
# keyset page), P3 (meeting search, Greek and Latin words), P4 (declaration PDF), and P8 (start to first page), with
# wrk at 32 connections; writes bench/results/<time>-<size>.json and .md with the machine's facts.
# Not yet measured here: C2, C3, P5-P7 and the S/L data sizes (see docs/benchmarks.md).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-demo}"
case "$size" in
    smoke) duration=3s; warmup=1s ;;
    demo) duration=30s; warmup=10s ;;
    S|L) duration=30s; warmup=10s ;;
    *) echo "size: smoke, demo, S or L" >&2; exit 2 ;;
esac
work="$root/bench/target"
results="$root/bench/results"
mkdir -p "$work" "$results"
db_port=3317
offset=200
http_port=$((8080 + offset))
base="http://127.0.0.1:$http_port"

for tool in wrk mariadbd mariadb-install-db mariadb curl; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing (apt-get install wrk mariadb-server curl)" >&2; exit 1; }
done
[ -f "$root/ear/target/register.ear" ] && [ -d "$root/ear/target/server" ] \
    || (cd "$root" && ./mvnw -q -B install -DskipTests)

pids=()
# standalone.sh passes the signal on to WildFly's JVM (LAUNCH_JBOSS_IN_BACKGROUND); the last started stops first
cleanup() {
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[$i]}" 2>/dev/null || true; wait "${pids[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT

# --- the database: a fresh MariaDB server each run, so that every run measures the same data -------------------
rm -rf "$work/mariadb" && mkdir -p "$work/mariadb"
# as root (a CI container) the server must be told to stay root; otherwise it runs as whoever runs this
as_user=""
[ "$(id -u)" -eq 0 ] && as_user="--user=root"
mariadb-install-db --no-defaults $as_user --datadir="$work/mariadb/data" --auth-root-authentication-method=normal \
    --skip-test-db > "$work/mariadb-install.log" 2>&1
/usr/sbin/mariadbd --no-defaults $as_user --datadir="$work/mariadb/data" --port=$db_port --bind-address=127.0.0.1 \
    --socket="$work/mariadb/mariadb.sock" --pid-file="$work/mariadb/mariadb.pid" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=2G --max-connections=200 > "$work/mariadb.log" 2>&1 &
pids+=($!)
for attempt in $(seq 1 60); do
    mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -e "SELECT 1" >/dev/null 2>&1 && break
    [ "$attempt" = 60 ] && { echo "MariaDB did not start: see $work/mariadb.log" >&2; exit 1; }
    sleep 0.5
done
mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -e \
    "CREATE DATABASE register CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
     ALTER USER 'root'@'localhost' IDENTIFIED BY 'bench-only'"
export MYSQL_PWD=bench-only
db_version="$(mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -N -e 'SELECT VERSION()')"

# --- the application server: the provisioned WildFly with a base folder of its own --------------------------
rm -rf "$work/standalone" && mkdir -p "$work/standalone/deployments"
cp -r "$root/ear/target/server/standalone/configuration" "$work/standalone/"
cp "$root/ear/target/register.ear" "$work/standalone/deployments/"
started=$(date +%s%N)
scale=""
case "$size" in S|L|smoke) scale="$size" ;; esac
DB_URL="jdbc:mysql://127.0.0.1:$db_port/register?useInformationSchema=false&characterEncoding=UTF-8&rewriteBatchedStatements=true" \
DB_USER=root DB_PASSWORD=bench-only REGISTER_DEMO_DATA=true REGISTER_DEMO_MEETINGS=true REGISTER_SCALE_DATA="$scale" \
REGISTER_BASE_URL="$base" LAUNCH_JBOSS_IN_BACKGROUND=1 JAVA_OPTS="-Xms1g -Xmx2g -Dfile.encoding=UTF-8 -Djava.net.preferIPv4Stack=true" \
    "$root/ear/target/server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" \
    -Djboss.socket.binding.port-offset=$offset > "$work/wildfly.log" 2>&1 &
pids+=($!)
until curl -fs -o /dev/null "$base/index.xhtml"; do
    sleep 0.5
    (( ($(date +%s%N) - started) / 1000000000 > 600 )) && { echo "the register did not start" >&2; exit 1; }
done
first_page=$(python3 -c "print(round(($(date +%s%N) - $started) / 1e9, 1))")
echo "First page served $first_page s after start (fresh database: schema and demo data)"

# the demo data and the Commission's meetings are loaded in the background: wait for both
# (the import of the Commission's meetings has finished when their number stops growing)
count() { mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -N -e "SELECT COUNT(*) FROM register.$1" 2>/dev/null || echo 0; }
previous=-1
until [ "$(count declaration_version)" -ge 500 ] && [ "$(count meeting)" -gt 10000 ] && [ "$(count meeting)" = "$previous" ]; do
    previous=$(count meeting)
    sleep 5
done
load_rows=0; load_seconds=0
if [ -n "$scale" ]; then
    # the scale data is written after the demo's import, in the background: its last log line gives rows and time
    until grep -q "Scale data .* loaded:\|Scale data could not be loaded" "$work/wildfly.log"; do sleep 5; done
    grep -q "Scale data could not be loaded" "$work/wildfly.log" && { echo "the scale data failed: see $work/wildfly.log" >&2; exit 1; }
    line=$(grep -o "loaded: [0-9,]* rows in [0-9.]* s" "$work/wildfly.log" | tail -1)
    load_rows=$(echo "$line" | awk '{gsub(",", "", $2); print $2}')
    load_seconds=$(echo "$line" | awk '{print $5}')
    echo "Scale data $size: $load_rows rows in $load_seconds s"
fi

if [ "${2:-}" = "serve" ]; then
    # for profiling: the deployment stays up with its data until Ctrl-C
    echo "Serving $base (database on port $db_port, password bench-only); Ctrl-C stops both"
    wait
fi

declaration=$(curl -fs "$base/api/v1/declarations?limit=1&type=ASSET" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
# a deep keyset page: follow next cursors ten pages in
deep="/api/v1/meetings?limit=100"
for _ in $(seq 1 10); do
    next=$(curl -fs "$base$deep" | grep -o '"next":"[^"]*"' | head -1 | cut -d'"' -f4 || true)
    [ -n "$next" ] && deep="/api/v1/meetings?limit=100&cursor=$next"
done

run() {  # name, path
    wrk -t2 -c32 -d"$warmup" "$base$2" >/dev/null 2>&1 || true
    local out
    out=$(wrk -t2 -c32 -d"$duration" --timeout 10s -s "$root/bench/report.lua" "$base$2" | tail -1)
    echo "  \"$1\": {\"path\": \"$2\", \"result\": $out}"
}

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="$results/$stamp-$size.json"
{
    echo "{"
    echo "  \"commit\": \"$(cd "$root" && git rev-parse --short HEAD)\", \"size\": \"$size\", \"duration\": \"$duration\","
    echo "  \"machine\": {\"cores\": $(nproc), \"memory_gb\": $(free -g | awk '/Mem:/{print $2}'),"
    echo "    \"jdk\": \"$(java -version 2>&1 | head -1 | tr -d '"')\", \"database\": \"MariaDB $db_version\"},"
    echo "  \"data\": {\"declarations\": $(mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -N -e 'SELECT COUNT(*) FROM register.declaration_version'),"
    echo "    \"meetings\": $(mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -N -e 'SELECT COUNT(*) FROM register.meeting')},"
    echo "  \"P8_first_page_seconds_fresh\": $first_page,"
    run C1 "/api-browser.html"; echo ","
    run P1 "/declaration.xhtml?id=$declaration"; echo ","
    run P2_first "/api/v1/meetings?limit=100"; echo ","
    run P2_deep "$deep"; echo ","
    run P3_greek "/api/v1/meetings?q=%CE%B5%CE%BD%CE%AD%CF%81%CE%B3%CE%B5%CE%B9%CE%B1&limit=20"; echo ","
    run P3_latin "/api/v1/meetings?q=energy&limit=20"; echo ","
    run P4 "/declarations/pdf?id=$declaration&v=1"
    echo "}"
} > "$json"
echo "Results: $json"
python3 - "$json" <<'PY' > "${json%.json}.md"
import json, sys
r = json.load(open(sys.argv[1]))
m = r["machine"]
print(f"# Benchmark {r['size']} at {r['commit']}\n")
print(f"{m['cores']} cores, {m['memory_gb']} GB, {m['jdk']}, {m['database']}; {r['data']['declarations']} declaration"
      f" versions, {r['data']['meetings']} meetings; wrk, 32 connections, {r['duration']} per scenario.\n")
print("Served: answered 2xx/3xx; turned away: answered otherwise (503 from the full public lane), counted apart."
      " Latencies are over all answers.\n")
print("| scenario | served/s | turned away/s | p50 ms | p95 ms | p99 ms | errors | served ratio to C1 |")
print("|---|---|---|---|---|---|---|---|")
for key in ["C1", "P1", "P2_first", "P2_deep", "P3_greek", "P3_latin", "P4"]:
    x = r[key]["result"]; e = x["errors"]
    errors = e["connect"] + e["read"] + e["write"] + e["timeout"]
    served = (x["requests"] - e["status"]) / x["seconds"]
    c1 = (r["C1"]["result"]["requests"] - r["C1"]["result"]["errors"]["status"]) / r["C1"]["result"]["seconds"]
    print(f"| {key} | {served:.0f} | {e['status'] / x['seconds']:.0f} | {x['latency_ms']['p50']:.1f} |"
          f" {x['latency_ms']['p95']:.1f} | {x['latency_ms']['p99']:.1f} | {errors} | {served / c1:.2f} |")
print(f"\nP8 (fresh database, schema and demo data included): first page after {r['P8_first_page_seconds_fresh']:.1f} s")
PY
cat "${json%.json}.md"
