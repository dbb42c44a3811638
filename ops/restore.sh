#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into a new, empty database and checks it.
#
#   DB_NAME=register_restored ops/restore.sh backups/register-....sql.gz
#
# Refuses a database that already has tables (a restore never overwrites a register). After loading, it runs the
# register's integrity command against the restored database: every audit entry's and every filing's hash and
# chain link are recomputed from the data; the script exits non-zero if any does not match.
set -euo pipefail
source "$(dirname "$0")/db-tools.sh"

in="${1:?name the backup file to restore}"
if [ -f "$in.sha256" ]; then
    (cd "$(dirname "$in")" && sha256sum --check --quiet "$(basename "$in").sha256") \
        || { echo "The backup file does not match its SHA-256: not restored." >&2; exit 1; }
fi
client="$(find_tool mariadb mysql)"

# shellcheck disable=SC2046
tables="$("$client" $(connection_options "$client") --batch --skip-column-names -e \
    "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
if [ "$tables" != "0" ]; then
    echo "Database $DB_NAME already has $tables tables: restore into a new database (set DB_NAME)." >&2
    exit 1
fi
# shellcheck disable=SC2046
"$client" $(connection_options "$client") -e "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
# shellcheck disable=SC2046
gunzip -c "$in" | "$client" $(connection_options "$client") --default-character-set=utf8mb4 "$DB_NAME"
echo "Restored $in into $DB_NAME on $DB_HOST:$DB_PORT."

if [ "${SKIP_VERIFY:-}" = "true" ]; then
    exit 0
fi
echo "Checking every filing and audit entry against its recorded hash..."
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB_NAME?useInformationSchema=false&characterEncoding=UTF-8" \
    "$root/mvnw" -q -f "$root/pom.xml" -pl ejb exec:java
