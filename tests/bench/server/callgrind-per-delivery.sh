#!/bin/sh
# Instructions per webhook delivery, by thread, with bva-server under callgrind: a measure that the
# other load of a shared box does not move (wall-clock ratios there carry +-25%). wrk -t1 -c32
# orders/created (bearer, rate limit off) for DURATION_S after a 3 s warm-up, counters zeroed between.
# Under valgrind the threads take turns, so group commits are smaller than in a real run: the writer's
# commit share is larger here, and varies with the number of deliveries that went through (compare
# runs of similar counts). Needs sqlite3. Usage: tests/bench/server/callgrind-per-delivery.sh SERVER_BINARY [DURATION_S]
set -eu
SERVER=${1:?bva-server binary}
DURATION=${2:-15}
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${BVA_BENCH_PORT:-3914}
TOKEN=bench-token-$$
SHOP=BENCH
TMP=$(mktemp -d)
trap 'kill $SPID 2>/dev/null || true; rm -rf "$TMP"' EXIT INT TERM
BVA_DEV_INTEGRATIONS="shopee:$SHOP:$TOKEN" valgrind --tool=callgrind --callgrind-out-file="$TMP/cg.%p" \
  "$SERVER" --db "sqlite:$TMP/bench.db" --listen "127.0.0.1:$PORT" --rate-limit 0 --memory-vault --no-sync \
  > "$TMP/server.log" 2>&1 &
SPID=$!
i=0; while ! grep -q "listening on" "$TMP/server.log" 2>/dev/null; do
  i=$((i+1)); [ $i -gt 600 ] && { echo "server did not start"; cat "$TMP/server.log"; exit 1; }; sleep 0.2
done
wrk1() { BVA_BENCH_TOKEN=$TOKEN BVA_BENCH_SHOP=$SHOP wrk -t1 -c32 -d"$1"s -s "$HERE/webhook-orders.lua" "http://127.0.0.1:$PORT"; }
wrk1 3 > /dev/null
callgrind_control -z "$SPID" > /dev/null 2>&1
C0=$(sqlite3 "$TMP/bench.db" "select count(*) from orders")
wrk1 "$DURATION" > "$TMP/wrk.txt"
sleep 1
callgrind_control -d "$SPID" > /dev/null 2>&1
# Counted by the server: wrk's count leaves out the requests in flight when it stops (up to 32).
N=$(( $(sqlite3 "$TMP/bench.db" "select count(*) from orders") - C0 ))
DUMP=$(ls "$TMP"/cg.*.1)
echo "deliveries: $N"
callgrind_annotate --inclusive=yes --threshold=99.9 "$DUMP" 2>/dev/null | awk -v n="$N" '
  /PROGRAM TOTALS/ {gsub(",", "", $1); printf "%9d  all threads\n", $1 / n}
  /\?\?\?:(QThread::exec\(\)|bva::WebhookWriter::run\(\)|bva::WalCheckpointer::run\(\)|bva::WebhookService::handle\(|bva::Transaction::commit\(\)|bva::OrderRepository::upsertBatch|bva::RollupDeltas::apply|bva::readWebhookJson|bva::parseWebhook\(bva::WebhookTopic, QJsonObject|bva::payload::readFlatJson|bva::parseOrderWebhook|bva::WebhookService::dedupeKey|bva::WebhookVerifier::verifyBearer|bva::WebhookService::deliver)/ {
    c = $1; gsub(",", "", c); name = substr($0, index($0, "???:") + 4); sub(/\(.*/, "", name)
    if (name == "QThread::exec") name = "HTTP thread (QThread::exec)"
    printf "%9d  %s\n", c / n, name }'
