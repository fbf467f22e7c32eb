#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests: `start` makes a cluster in a new temporary folder,
# listening on 127.0.0.1 only, with password (SCRAM) authentication, and prints a line to eval:
#   NEWS_TEST_PG_URL=postgres://postgres:<password>@127.0.0.1:<port>/postgres
# `stop <folder>` stops it and removes the folder. Run as root, the server runs as the `postgres`
# user (PostgreSQL refuses to run as root). Needs PostgreSQL 15 or newer (apt-get install postgresql).
set -euo pipefail
cmd="${1:-}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$bin" ] && command -v pg_ctl >/dev/null; then bin="$(dirname "$(command -v pg_ctl)")"; fi
[ -n "$bin" ] || { echo "pg-test-server: PostgreSQL is not installed (apt-get install -y postgresql)" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$cmd" in
  start)
    dir="$(mktemp -d /tmp/news-pg.XXXXXX)"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    password="$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
    printf '%s\n' "$password" > "$dir/pw" && chmod 600 "$dir/pw"
    [ "$(id -u)" = 0 ] && chown postgres "$dir/pw"
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=scram-sha-256 --auth-host=scram-sha-256 --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$dir/pw"
    port="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "NEWS_TEST_PG_URL=postgres://postgres:$password@127.0.0.1:$port/postgres NEWS_TEST_PG_DIR=$dir"
    ;;
  stop)
    dir="${2:?usage: pg-test-server.sh stop <folder>}"
    as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: pg-test-server.sh start | stop <folder>" >&2
    exit 2
    ;;
esac
