#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the integration tests (or local trials) on 127.0.0.1:${PGPORT:-55432}.
# As root it drops to an unprivileged OS user, because initdb refuses to run as root. Idempotent.
set -euo pipefail
PGBIN=${PGBIN:-$(dirname "$(readlink -f "$(command -v pg_ctl || ls /usr/lib/postgresql/*/bin/pg_ctl | tail -n 1)")")}
PGROOT=$(readlink -m "${PGROOT:-$PWD/target/pg}"); PGPORT=${PGPORT:-55432}
DB=${DB:-registry}; DBUSER=${DBUSER:-registry}; DBPASS=${DBPASS:-registry}; OSUSER=${PG_OSUSER:-postgres}
# The unprivileged user may not enter the caller's directory (a private temp folder, say): work from /.
cd /
run() { if [ "$(id -u)" = 0 ]; then runuser -u "$OSUSER" -- "$@"; else "$@"; fi; }
if [ "$(id -u)" = 0 ] && ! id "$OSUSER" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$OSUSER"
fi
# PG_FRESH=true (the integration tests): a cluster left behind by an interrupted run is stopped and deleted first,
# so every run starts from an empty database as on a fresh machine
if [ "${PG_FRESH:-false}" = true ] && [ -f "$PGROOT/data/PG_VERSION" ]; then
  run "$PGBIN/pg_ctl" -D "$PGROOT/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PGROOT"
fi
mkdir -p "$PGROOT"
if [ "$(id -u)" = 0 ]; then chown "$OSUSER" "$PGROOT"; fi
chmod 700 "$PGROOT"
if [ ! -f "$PGROOT/data/PG_VERSION" ]; then
  printf '%s\n' "$DBPASS" > "$PGROOT/.pw"
  if [ "$(id -u)" = 0 ]; then chown "$OSUSER" "$PGROOT/.pw"; fi
  run "$PGBIN/initdb" -D "$PGROOT/data" -U "$DBUSER" --pwfile="$PGROOT/.pw" --auth=scram-sha-256 -E UTF8 \
    --locale=C.UTF-8 >/dev/null
  rm -f "$PGROOT/.pw"
fi
if ! run "$PGBIN/pg_ctl" -D "$PGROOT/data" status >/dev/null 2>&1; then
  # fsync off: a throwaway test cluster, speed matters more than durability here
  run "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/server.log" -w -t 30 \
    -o "-p $PGPORT -k $PGROOT -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >/dev/null
fi
export PGPASSWORD=$DBPASS
if ! psql -h 127.0.0.1 -p "$PGPORT" -U "$DBUSER" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='$DB'" | grep -q 1; then
  psql -h 127.0.0.1 -p "$PGPORT" -U "$DBUSER" -d postgres -c "CREATE DATABASE $DB" >/dev/null
fi
echo "PostgreSQL ready on 127.0.0.1:$PGPORT, database $DB"
