# Shared by backup.sh and restore.sh: where the MariaDB/MySQL client tools are and how to reach the database.
# DB_HOST, DB_PORT, DB_NAME, DB_USER, DB_PASSWORD name the database (defaults: the embedded one of `./mvnw -Prun`).

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DB_HOST="${DB_HOST:-127.0.0.1}"
# the run command writes the embedded database's port here (3306 unless that was taken)
embedded_port="$(cat "$root/.register-data/db-port" 2>/dev/null || echo 3306)"
DB_PORT="${DB_PORT:-$embedded_port}"
DB_NAME="${DB_NAME:-register}"
DB_USER="${DB_USER:-root}"
DB_PASSWORD="${DB_PASSWORD:-embedded-only}"

# The first of: DB_TOOLS_DIR, the installed client tools, the embedded server's own (the run's, then the tests').
find_tool() {
    local name
    for name in "$@"; do
        for dir in "${DB_TOOLS_DIR:-}" "" "$root/.register-data/mariadb-server/bin" "$root/ear/target/it-mariadb/base/bin"; do
            if [ -z "$dir" ]; then
                command -v "$name" 2>/dev/null && return 0
            elif [ -x "$dir/$name" ]; then
                echo "$dir/$name"
                return 0
            fi
        done
    done
    echo "Neither $* was found: install mariadb-client (or mysql-client), or set DB_TOOLS_DIR." >&2
    return 1
}

# Options every client tool takes: the password goes through the environment, never the command line. The run
# command's embedded server has TLS off (it listens on loopback only), which MariaDB 11.4+ clients must be told.
connection_options() {
    local tls=""
    if [ "$DB_HOST" = 127.0.0.1 ] && [ "$DB_PORT" = "$embedded_port" ] && [ -f "$root/.register-data/db-port" ] \
        && "$1" --version 2>/dev/null | grep -q MariaDB; then
        tls="--skip-ssl"
    fi
    echo "--host=$DB_HOST --port=$DB_PORT --user=$DB_USER --protocol=TCP $tls"
}
export MYSQL_PWD="$DB_PASSWORD"
