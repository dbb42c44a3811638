#!/usr/bin/env bash
# The benchmark (docs/benchmarks.md), against a production-like deployment on this machine: Debian's MariaDB server
# (its own data folder, port 3317) and the provisioned WildFly running the built register.ear (port 8280), not the
# development run.
#
#   bench/run.sh [smoke|S|L|demo] [serve]
#
#   S, L   the data sizes of shared/benchmarks.md, generated on first start (ScaleData, fixed seed) over the demo
#   demo   the demo data only;  smoke: a tiny size and a few seconds per scenario, to see that the command works
#   serve  set everything up and keep it running (for profiling) instead of measuring
#
# Ceilings: C1 (a static file from the same WildFly), C2 (primary-key selects over JDBC), C3 (bare PDFBox). Scenarios:
# P1 public declaration pages, P2 API pages of 100 meetings (first and last, keyset; OFFSET beside it), P3 meeting
# searches (LIKE beside it), P4 declaration PDF (cold first one apart), P5 submissions, P6 deadline rush, P7 scale
# load and open data export, P8 start to first page (fresh, and restart with the data), P9 a 30 MB workbook import's
# heap. Reads run under wrk at 32
# connections (PDFs at 4); what needs signed-in filers runs in the Java driver (ear/src/test/.../bench).
# Writes bench/results/<time>-<size>.json and .md with the machine's facts and the ratios to the ceilings.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
size="${1:-S}"
mode="${2:-measure}"
# p6: submissions/s, public requests/s, steady seconds, spike seconds, spike factor, recovery seconds
# p9: the workbook's megabytes, seconds the import is followed after the upload
meetings=true; results="$root/bench/results"
case "$size" in
    smoke) duration=3s; warmup=1s; p5=3; ceiling=3; p6=(10 60 6 3 3 4); p9=(1 5)
           meetings=false; results="$root/bench/target/results" ;;   # no Commission import; results not kept
    demo|S) duration=30s; warmup=10s; p5=30; ceiling=15; p6=(10 300 60 30 3 30); p9=(30 60) ;;
    L) duration=30s; warmup=10s; p5=30; ceiling=15; p6=(10 300 300 60 3 60); p9=(30 60) ;;
    *) echo "size: smoke, S, L or demo" >&2; exit 2 ;;
esac
work="$root/bench/target"
mkdir -p "$work" "$results"
db_port=3317
offset=200
http_port=$((8080 + offset))
base="http://127.0.0.1:$http_port"
export BENCH_DIR="$root/bench"

for tool in wrk mariadbd mariadb-install-db mariadb curl python3; do
    command -v "$tool" >/dev/null || [ -x "/usr/sbin/$tool" ] || { echo "$tool is missing (apt-get install wrk mariadb-server curl python3)" >&2; exit 1; }
done
# built by the test command or by this: the ear, the provisioned WildFly, and the driver's classes and classpath
[ -f "$root/ear/target/register.ear" ] && [ -d "$root/ear/target/server" ] && [ -f "$root/ear/target/test-classpath.txt" ] \
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
# production settings for a 2-core, 24 GB machine: a buffer pool that holds the hot data, a redo log large enough
# that bulk loads do not stall on checkpoints; durability as shipped (a commit is on disk)
/usr/sbin/mariadbd --no-defaults $as_user --datadir="$work/mariadb/data" --port=$db_port --bind-address=127.0.0.1 \
    --socket="$work/mariadb/mariadb.sock" --pid-file="$work/mariadb/mariadb.pid" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=4G --innodb-log-file-size=1G --max-connections=200 > "$work/mariadb.log" 2>&1 &
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
sql() { mariadb --protocol=TCP -h127.0.0.1 -P$db_port -uroot -N -B register -e "$1"; }
db_version="$(sql 'SELECT VERSION()')"
jdbc="jdbc:mysql://127.0.0.1:$db_port/register"

# --- the application server: the provisioned WildFly with a base folder of its own --------------------------
rm -rf "$work/standalone" && mkdir -p "$work/standalone/deployments"
cp -r "$root/ear/target/server/standalone/configuration" "$work/standalone/"
cp "$root/ear/target/register.ear" "$work/standalone/deployments/"
scale=""
case "$size" in S|L|smoke) scale="$size" ;; esac
start_server() {
    DB_URL="$jdbc?useInformationSchema=false&characterEncoding=UTF-8&rewriteBatchedStatements=true" \
    DB_USER=root DB_PASSWORD=bench-only REGISTER_DEMO_DATA=true REGISTER_DEMO_MEETINGS=$meetings REGISTER_SCALE_DATA="$scale" \
    REGISTER_BASE_URL="$base" LAUNCH_JBOSS_IN_BACKGROUND=1 \
    JAVA_OPTS="-Xms2g -Xmx2g -XX:+UseG1GC -Dfile.encoding=UTF-8 -Djava.net.preferIPv4Stack=true" \
        "$root/ear/target/server/bin/standalone.sh" -Djboss.server.base.dir="$work/standalone" \
        -Djboss.socket.binding.port-offset=$offset >> "$work/wildfly.log" 2>&1 &
    pids+=($!)
}
first_page() {  # seconds from $1 (ns) until the home page answers
    until curl -fs -o /dev/null "$base/index.xhtml"; do
        sleep 0.2
        (( ($(date +%s%N) - $1) / 1000000000 > 900 )) && { echo "the register did not start" >&2; exit 1; }
    done
    python3 -c "print(round(($(date +%s%N) - $1) / 1e9, 1))"
}
: > "$work/wildfly.log"
started=$(date +%s%N)
start_server
p8_fresh=$(first_page "$started")
echo "P8: first page $p8_fresh s after start (fresh database: schema and demo data)"
# the first PDF the server makes (fonts, PDF/A profile, classes cold)
first_declaration=$(curl -fs "$base/api/v1/declarations?limit=1&type=ASSET" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
p4_cold=$(curl -fs -o /dev/null -w '%{time_total}' "$base/declarations/pdf?id=$first_declaration&v=1")

# the demo data and the Commission's meetings are loaded in the background: wait for both
count() { sql "SELECT COUNT(*) FROM $1" 2>/dev/null || echo 0; }
previous=-1
until [ "$(count declaration_version)" -ge 500 ] && { [ "$meetings" = false ] || { [ "$(count meeting)" -gt 10000 ] \
        && [ "$(count meeting)" = "$previous" ]; }; }; do
    previous=$(count meeting)
    sleep 5
done
load='{}'
if [ -n "$scale" ]; then
    # the scale data is written after the demo's import: its log lines give rows, versions and time
    until grep -q "Scale data .* loaded:\|Scale data could not be loaded" "$work/wildfly.log"; do sleep 5; done
    grep -q "Scale data could not be loaded" "$work/wildfly.log" && { echo "the scale data failed: see $work/wildfly.log" >&2; exit 1; }
    load=$(grep -o "Scale data .* loaded: .*" "$work/wildfly.log" | tail -1 | python3 -c '
import json, re, sys
line = sys.stdin.read()
rows, seconds = re.search(r"loaded: ([\d,]+) rows in ([\d.]+) s", line).groups()
versions, vseconds = re.search(r"versions: ([\d,]+) in ([\d.]+) s", line).groups()
rows, versions = int(rows.replace(",", "")), int(versions.replace(",", ""))
print(json.dumps({"rows": rows, "seconds": float(seconds), "rows_per_second": round(rows / float(seconds)),
                  "versions": versions, "versions_seconds": float(vseconds),
                  "versions_per_second": round(versions / float(vseconds))}))')
    echo "Scale data $size: $load"
fi
# every filing is the register's own, generated or not: each in review, each version in the audit trail, and both
# hash chains whole by the integrity command (the one an installation runs, reading the database)
# (the command's class on the classpath the build resolved for the driver: a fresh checkout's test command installs
# nothing that `./mvnw -pl ejb` could find)
integrity_ok=true
integrity=$(DB_URL="$jdbc?useInformationSchema=false&characterEncoding=UTF-8" DB_USER=root DB_PASSWORD=bench-only \
    java -cp "$(cat "$root/ear/target/test-classpath.txt")" gr.integrity.register.audit.AuditChainVerifier 2>&1 \
    | grep -v -i "opentelemetry" | tr '\n' ' ') || integrity_ok=false
echo "Integrity: $integrity"
# every submitted filing of a person enters review; annual lobbying returns are reconciled instead, not reviewed
filings=$(sql "SELECT COUNT(*) FROM declaration WHERE latest_version_no > 0 AND person_id IS NOT NULL")
in_review=$(sql "SELECT COUNT(*) FROM review")
audited=$(sql "SELECT COUNT(*) FROM audit_entry WHERE action IN ('DECLARATION_SUBMITTED', 'DECLARATION_AMENDED')")
register=$(INTEGRITY="$integrity" python3 -c "import json, os; print(json.dumps({'filings': $filings,
    'in_review': $in_review, 'versions': $(count declaration_version), 'audited': $audited,
    'integrity_ok': '$integrity_ok' == 'true', 'integrity': os.environ['INTEGRITY'].strip()}))")

if [ "$mode" = "serve" ]; then
    echo "Serving $base (database on port $db_port, password bench-only); Ctrl-C stops both"
    wait
fi

# --- what the scenarios read ---------------------------------------------------------------------------------
# P1: public asset declarations (a thousand of them, in turn); P4: the largest recent public asset declaration
curl -fs "$base/api/v1/declarations?limit=1000&type=ASSET" | grep -o '"id":[0-9]*' | cut -d: -f2 \
    | sed 's|^|/declaration.xhtml?id=|' > "$work/p1-paths.txt"
pdf=$(sql "SELECT CONCAT('/declarations/pdf?id=', v.declaration_id, '&v=', v.version_no) FROM declaration_version v
    JOIN declaration d ON d.id = v.declaration_id JOIN obligation o ON o.id = d.obligation_id
    WHERE d.declaration_type = 'ASSET' AND o.category IN ('POLITICAL', 'LOCAL_GOVERNMENT')
      AND v.id > (SELECT MAX(id) - 20000 FROM declaration_version)
    ORDER BY LENGTH(v.content) DESC LIMIT 1")
curl -fs -o /dev/null "$base$pdf" || pdf="/declarations/pdf?id=$first_declaration&v=1"
# P2: the last page of the whole list, by its keyset cursor (after the 101st oldest meeting)
last=$(sql "SELECT CONCAT(meeting_date, '.', id) FROM meeting ORDER BY meeting_date, id LIMIT 1 OFFSET 100")
cursor=$(printf 'meetings:%s' "$last" | base64 -w0 | tr '+/' '-_' | tr -d '=')
# P3: words in the subject, Greek and Latin, common and rare, alone and with an official, organisation or dates
official=$(sql "SELECT person_id FROM meeting_official GROUP BY person_id ORDER BY COUNT(*) DESC LIMIT 1")
organisation=$(sql "SELECT organisation_id FROM meeting_organisation GROUP BY organisation_id ORDER BY COUNT(*) DESC LIMIT 1")
cat > "$work/p3-paths.txt" <<EOF
/api/v1/meetings?limit=20&q=%CE%B5%CE%BD%CE%AD%CF%81%CE%B3%CE%B5%CE%B9%CE%B1
/api/v1/meetings?limit=20&q=energy
/api/v1/meetings?limit=20&q=clawback
/api/v1/meetings?limit=20&q=%CF%85%CE%B4%CF%81%CE%BF%CE%B3%CF%8C%CE%BD%CE%BF
/api/v1/meetings?limit=20&q=hydrogen&from=2020-01-01&to=2021-12-31
/api/v1/meetings?limit=20&q=%CE%BB%CE%B9%CE%BC%CE%B5%CE%BD%CE%B9%CE%BA%CE%AC&official=$official
/api/v1/meetings?limit=20&q=energy&organisation=$organisation
/api/v1/meetings?limit=20&q=digital+government
EOF
public_mix="$(head -200 "$work/p1-paths.txt" | tr '\n' '|')/api/v1/meetings?limit=100|$(tr '\n' '|' < "$work/p3-paths.txt" | sed 's/|$//')"

settle() {  # the warm-up's last requests may still hold the public lane on a busy machine: wait until it answers
    local probe="$1"
    [[ "$2" == @* ]] && probe="$base$(head -1 "${2#@}")"
    for _ in $(seq 1 120); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "$probe")" != 503 ] && return 0
        sleep 0.5
    done
}
run() {  # name, connections, path or @paths-file
    local target="$base$3" script="$root/bench/report.lua" args=()
    if [[ "$3" == @* ]]; then target="$base/"; script="$root/bench/mix.lua"; args=(-- "${3#@}"); fi
    wrk -t2 -c"$2" -d"$warmup" -s "$script" "$target" "${args[@]}" >/dev/null 2>&1 || true
    settle "$target" "$3"
    local out
    out=$(wrk -t2 -c"$2" -d"$duration" --timeout 10s -s "$script" "$target" "${args[@]}" | tail -1)
    echo "  \"$1\": {\"path\": \"$3\", \"connections\": $2, \"result\": $out},"
}
driver() {  # the Java driver: ceilings C2 and C3, SQL comparisons, P7 export, P5, P6, P9 import memory
    java -Xmx1g -cp "$root/ear/target/test-classes:$(cat "$root/ear/target/test-classpath.txt")" gr.integrity.register.bench.Benchmark \
        base="$base" jdbc="$jdbc" user=root password=bench-only out="$work/driver.json" "pdf=$pdf" bench.dir="$root/bench" \
        "public=$public_mix" p5.seconds="$p5" p6.submissions="${p6[0]}" p6.public="${p6[1]}" p6.steady="${p6[2]}" \
        p6.spike="${p6[3]}" p6.factor="${p6[4]}" p6.recovery="${p6[5]}" c2.seconds=$ceiling c3.seconds=$ceiling \
        p9.mb="${p9[0]}" p9.seconds="${p9[1]}" \
        search.words="ενεργεια,energy,clawback,ανεμογεννητρια" 2> >(grep --line-buffered '^\[bench\]' >&2)
}

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
json="$results/$stamp-$size.json"
{
    echo "{"
    echo "  \"commit\": \"$(cd "$root" && git rev-parse --short HEAD)\", \"size\": \"$size\", \"duration\": \"$duration\","
    echo "  \"machine\": {\"cores\": $(nproc), \"memory_gb\": $(free -g | awk '/Mem:/{print $2}'),"
    echo "    \"jdk\": \"$(java -version 2>&1 | head -1 | tr -d '"')\", \"database\": \"MariaDB $db_version\"},"
    echo "  \"data\": {\"officials\": $(count person), \"declaration_versions\": $(count declaration_version),"
    echo "    \"meetings\": $(count meeting), \"organisations\": $(count organisation)},"
    echo "  \"P7_load\": $load,"
    echo "  \"register\": $register,"
    echo "  \"P8_first_page_seconds_fresh\": $p8_fresh,"
    echo "  \"P4_cold_first_pdf_seconds\": $p4_cold,"
    run C1 32 "/api-browser.html"
    run P1 32 "@$work/p1-paths.txt"
    run P2_first 32 "/api/v1/meetings?limit=100"
    run P2_last 32 "/api/v1/meetings?limit=100&cursor=$cursor"
    run P3 32 "@$work/p3-paths.txt"
    run P4 4 "$pdf"
    driver >&2
    echo "  \"driver\": $(cat "$work/driver.json"),"
    # P8 again: the same server restarted with its data in place
    kill "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'
    restarted=$(date +%s%N)
    start_server
    echo "  \"P8_first_page_seconds_restart\": $(first_page "$restarted")"
    echo "}"
} > "$json"
echo "Results: $json"
check=""
[ "$size" = smoke ] && check="--check"
python3 "$root/bench/report.py" "$json" $check > "${json%.json}.md"
cat "${json%.json}.md"
