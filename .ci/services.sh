# Sourced by .ci/run (and usable by hand: `. .ci/services.sh; start_postgres; start_service`):
# starts the real servers the tests talk to, on free loopback ports, and exports their URLs.
# Each is stopped by stop_services (the caller's EXIT trap).

_free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

start_postgres() {
  # Debian's PostgreSQL server, installed when absent.
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing PostgreSQL from the system's packages" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  local bin port
  bin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  port="$(_free_port)"
  PG_DIR="$(mktemp -d)"
  local as=()
  if [ "$(id -u)" = 0 ]; then         # the server refuses to run as root
    chown postgres "$PG_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$bin/initdb" -D "$PG_DIR/data" -A trust -U postgres >/dev/null
  "${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $port -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$PG_DIR/data" -m fast stop)
  "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres technews_test
  export TECHNEWS_TEST_POSTGRES_URL="postgresql://postgres@127.0.0.1:$port/technews_test"
  echo "PostgreSQL on 127.0.0.1:$port" >&2
}

start_service() {
  # The HTTP service as a user starts it, in the active virtual environment.
  local port
  port="$(_free_port)"
  SERVICE_LOG="$(mktemp)"
  python -m pipeline serve --port "$port" >"$SERVICE_LOG" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 120); do
    if python3 -c "import urllib.request, sys; urllib.request.urlopen('http://127.0.0.1:$port/health', timeout=1)" 2>/dev/null; then
      export TECHNEWS_TEST_SERVICE_URL="http://127.0.0.1:$port"
      echo "service on 127.0.0.1:$port" >&2
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then break; fi
    sleep 0.5
  done
  echo "the service did not start:" >&2; cat "$SERVICE_LOG" >&2
  return 1
}

stop_services() {
  if [ -n "${SERVICE_PID:-}" ]; then kill "$SERVICE_PID" 2>/dev/null || true; fi
  if [ -n "${PG_STOP:-}" ]; then "${PG_STOP[@]}" >/dev/null 2>&1 || true; rm -rf "$PG_DIR"; fi
}
