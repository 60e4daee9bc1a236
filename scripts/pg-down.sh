#!/usr/bin/env bash
# Stops the throwaway PostgreSQL cluster of pg-up.sh and deletes its data.
set -uo pipefail
PGBIN=${PGBIN:-$(dirname "$(readlink -f "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -n 1)")")}
PGROOT=$(readlink -m "${PGROOT:-$PWD/target/pg}"); OSUSER=${PG_OSUSER:-postgres}
# The unprivileged user may not enter the caller's directory (a private temp folder, say): work from /.
cd /
run() { if [ "$(id -u)" = 0 ]; then runuser -u "$OSUSER" -- "$@"; else "$@"; fi; }
if [ -f "$PGROOT/data/PG_VERSION" ]; then
  run "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
fi
rm -rf "$PGROOT"
