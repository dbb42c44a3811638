#!/usr/bin/env bash
# Started by `./mvnw -Prun package` once the server is provisioned and the database is up: puts the freshly built
# application in the server's deployments folder and runs WildFly in the foreground. Ctrl-C stops WildFly,
# the embedded database and Maven together.
set -euo pipefail
target="$(cd "$(dirname "$0")/../../../target" && pwd)"
deployments="$target/server/standalone/deployments"
rm -f "$deployments"/register.ear*
cp "$target/register.ear" "$deployments/register.ear"
exec "$target/server/bin/standalone.sh" -b "${REGISTER_BIND_ADDRESS:-127.0.0.1}"
