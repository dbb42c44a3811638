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
    *) echo "size: smoke or demo" >&2; exit 2 ;;
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
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
}
trap cleanup EXIT

# --- the database: a fresh MariaDB server each run, so that every run measures the same data -------------------
rm -rf "$work/mariadb" && mkdir -p "$work/mariadb"
mariadb-install-db --no-defaults --datadir="$work/mariadb/data" --auth-root-authentication-method=normal \
    --skip-test-db > "$work/mariadb-install.log" 2>&1
/usr/sbin/mariadbd --no-defaults --datadir="$work/mariadb/data" --port=$db_port --bind-address=127.0.0.1 \
    --socket="$work/mariadb/mariadb.sock" --pid-file="$work/mariadb/mariadb.pid" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=2G --max-connections=200 > "$work/mariadb.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 60); do
    mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -e "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.5
done
mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -e \
    "CREATE DATABASE register CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
db_version="$(mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -N -e 'SELECT VERSION()')"

# --- the application server: the provisioned WildFly with a base folder of its own --------------------------
rm -rf "$work/standalone" && mkdir -p "$work/standalone/deployments"
cp -r "$root/ear/target/server/standalone/configuration" "$work/standalone/"
cp "$root/ear/target/register.ear" "$work/standalone/deployments/"
started=$(date +%s.%N)
DB_URL="jdbc:mysql://127.0.0.1:$db_port/register?useInformationSchema=false&characterEncoding=UTF-8" \
DB_USER=root DB_PASSWORD="" REGISTER_DEMO_DATA=true REGISTER_DEMO_MEETINGS=true \
REGISTER_BASE_URL="$base" JAVA_OPTS="-Xms1g -Xmx2g -Dfile.encoding=UTF-8 -Djava.net.preferIPv4Stack=true" \
    "$root/ear/target/server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" \
    -Djboss.socket.binding.port-offset=$offset > "$work/wildfly.log" 2>&1 &
pids+=($!)
until curl -fs -o /dev/null "$base/index.xhtml"; do
    sleep 0.5
    [ "$(echo "$(date +%s.%N) - $started > 600" | bc)" = 1 ] && { echo "the register did not start" >&2; exit 1; }
done
first_page=$(echo "$(date +%s.%N) - $started" | bc)
echo "First page served $first_page s after start (fresh database: schema and demo data)"

# the demo data and the Commission's meetings are loaded in the background: wait for both
until [ "$(curl -fs "$base/api/v1/meetings?limit=1000" | grep -o '"id":' | wc -l)" -ge 1000 ] \
        && [ "$(curl -fs "$base/api/v1/declarations?limit=1000" | grep -o '"type":' | wc -l)" -ge 400 ]; do
    sleep 2
done

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
c1 = r["C1"]["result"]["rps"]
print("| scenario | req/s | p50 ms | p95 ms | p99 ms | errors | non-2xx | ratio to C1 |")
print("|---|---|---|---|---|---|---|---|")
for key in ["C1", "P1", "P2_first", "P2_deep", "P3_greek", "P3_latin", "P4"]:
    x = r[key]["result"]; e = x["errors"]
    errors = e["connect"] + e["read"] + e["write"] + e["timeout"]
    print(f"| {key} | {x['rps']:.0f} | {x['latency_ms']['p50']:.1f} | {x['latency_ms']['p95']:.1f} |"
          f" {x['latency_ms']['p99']:.1f} | {errors} | {e['status']} | {x['rps'] / c1:.2f} |")
print(f"\nP8 (fresh database, schema and demo data included): first page after {r['P8_first_page_seconds_fresh']:.1f} s")
PY
cat "${json%.json}.md"
