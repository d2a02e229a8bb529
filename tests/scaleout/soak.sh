#!/usr/bin/env bash
# Soak run (not a test): two bva-server receivers on one private PostgreSQL cluster, loopback only,
# driven by wrk with unique product webhooks for MINUTES minutes. Prints one line per interval:
# throughput and p99 latency per receiver, non-2xx answers, and the RSS of both servers.
#
#   tests/scaleout/soak.sh [--minutes N] [--interval S] [--connections C] [--build DIR]
#
# Needs wrk, the PostgreSQL server binaries (/usr/lib/postgresql/15/bin or PG_BIN) and a built bva-server.
set -euo pipefail

MINUTES=10
INTERVAL=60
CONNECTIONS=8
BUILD="$(cd "$(dirname "$0")/../.." && pwd)/build"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --minutes) MINUTES="$2"; shift 2 ;;
        --interval) INTERVAL="$2"; shift 2 ;;
        --connections) CONNECTIONS="$2"; shift 2 ;;
        --build) BUILD="$2"; shift 2 ;;
        *) echo "unknown option $1" >&2; exit 2 ;;
    esac
done
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
SERVER="$BUILD/app/bva-server"
SCRIPT="$(cd "$(dirname "$0")" && pwd)/soak-webhook.lua"
for tool in wrk "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$SERVER"; do
    command -v "$tool" >/dev/null || { echo "soak: $tool not found" >&2; exit 2; }
done

WORK="$(mktemp -d /tmp/bva-soak-XXXXXX)"
chmod 777 "$WORK"
as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PG_PORT="$(free_port)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

as_pg "$PG_BIN/initdb" -D "$WORK/data" -U postgres -A trust -E UTF8 --no-sync --no-instructions >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$WORK/data" -l "$WORK/pg.log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -k $WORK -c max_connections=60" start >/dev/null
DB="postgres://postgres@127.0.0.1:$PG_PORT/postgres"

PORTS=()
for i in 0 1; do
    port="$(free_port)"
    [ -f "$WORK/vault.key" ] || "$SERVER" --new-vault-key "$WORK/vault.key" >/dev/null
    HOME="$WORK" BVA_DEV_INTEGRATIONS=shopee:SOAK:soak-token "$SERVER" --db "$DB" --listen "127.0.0.1:$port" \
        --rate-limit 0 --vault-dir "$WORK/vault" --vault-key-file "$WORK/vault.key" \
        --no-sync >"$WORK/server$i.log" 2>&1 &
    PIDS+=($!)
    PORTS+=("$port")
    for _ in $(seq 1 100); do grep -q "listening on" "$WORK/server$i.log" && break; sleep 0.2; done
    grep -q "listening on" "$WORK/server$i.log" || { cat "$WORK/server$i.log" >&2; exit 1; }
done

rss_mb() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }
# wrk prints e.g. "99%   12.34ms" and "Requests/sec:   1234.56"
p99() { awk '/^ +99%/ {print $2}' "$1"; }
rps() { awk '/^Requests\/sec:/ {printf "%.0f", $2}' "$1"; }
non2xx() { awk '/Non-2xx/ {print $NF; found=1} END {if (!found) print 0}' "$1"; }

echo "# bva-server soak: 2 receivers on one PostgreSQL 15 (private cluster), $CONNECTIONS connections each, ${MINUTES} min"
printf "%-6s %9s %9s %10s %10s %8s %8s %8s\n" "t_s" "rps_A" "rps_B" "p99_A" "p99_B" "non2xx" "rss_A_MB" "rss_B_MB"
printf "%-6s %9s %9s %10s %10s %8s %8s %8s\n" "0" "-" "-" "-" "-" "-" "$(rss_mb "${PIDS[0]}")" "$(rss_mb "${PIDS[1]}")"
ROUNDS=$(( MINUTES * 60 / INTERVAL ))
TOTAL=0
for round in $(seq 1 "$ROUNDS"); do
    WRK=()
    for i in 0 1; do
        wrk -t1 -c"$CONNECTIONS" -d"${INTERVAL}s" --latency -s "$SCRIPT" "http://127.0.0.1:${PORTS[$i]}" -- "R$round-$i" \
            >"$WORK/wrk$i.txt" 2>&1 &
        WRK+=($!)
    done
    wait "${WRK[@]}"
    a="$(rps "$WORK/wrk0.txt")"; b="$(rps "$WORK/wrk1.txt")"
    bad=$(( $(non2xx "$WORK/wrk0.txt") + $(non2xx "$WORK/wrk1.txt") ))
    TOTAL=$(( TOTAL + (a + b) * INTERVAL ))
    printf "%-6s %9s %9s %10s %10s %8s %8s %8s\n" "$(( round * INTERVAL ))" "$a" "$b" \
        "$(p99 "$WORK/wrk0.txt")" "$(p99 "$WORK/wrk1.txt")" "$bad" "$(rss_mb "${PIDS[0]}")" "$(rss_mb "${PIDS[1]}")"
done
STORED="$(as_pg psql -X -At -h "$WORK" -p "$PG_PORT" -U postgres -d postgres -c \
    "SELECT COUNT(*) FROM webhook_inbox" 2>/dev/null || echo '?')"
echo "# about $TOTAL webhooks acknowledged (rps x interval); $STORED inbox rows stored"
