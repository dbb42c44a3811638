#!/usr/bin/env bash
# Backs the register's database up into one compressed SQL file, consistently, while the register runs.
#
#   ops/backup.sh [file]        (default: backups/register-<UTC time>.sql.gz)
#
# The dump is taken in one transaction (InnoDB: a consistent snapshot without locking out filers), with the
# triggers that keep filings and the audit trail append-only (without their DEFINER, so that they restore under
# whichever account restores them), and binary columns in hex. A SHA-256 of the file is
# written beside it. Files are readable by their owner only. Restore it with ops/restore.sh, which checks every filing against its hash afterwards.
set -euo pipefail
source "$(dirname "$0")/db-tools.sh"

out="${1:-$root/backups/register-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}"
# a backup holds every private field and password hash: only the account that takes it may read it (files 600,
# a folder this script creates 700), whatever the caller's umask
umask 077
mkdir -p "$(dirname "$out")"
dump="$(find_tool mariadb-dump mysqldump)"

# shellcheck disable=SC2046
"$dump" $(connection_options "$dump") --single-transaction --quick --triggers --routines --events --hex-blob \
    --default-character-set=utf8mb4 --no-tablespaces "$DB_NAME" \
    | sed -E 's/DEFINER=`[^`]*`(@`[^`]*`)?//' | gzip -6 > "$out.partial"
chmod 600 "$out.partial"
mv "$out.partial" "$out"
(cd "$(dirname "$out")" && sha256sum "$(basename "$out")" > "$(basename "$out").sha256")
echo "Backed up $DB_NAME from $DB_HOST:$DB_PORT to $out ($(du -h "$out" | cut -f1)); SHA-256 in $out.sha256"
