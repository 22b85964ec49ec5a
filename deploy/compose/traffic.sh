#!/bin/sh
# Sample traffic for the Compose stack, so the dashboard has something to show: creates the
# topics if needed, sends one malformed record (it goes to the dead-letter topic and fires
# MaskmarkDeadLetters for a few minutes), then sends the sample records every 10 seconds.
set -eu
kafka=/opt/kafka/bin
bootstrap="${BOOTSTRAP_SERVERS:-kafka:9092}"
for topic in maskmark.raw maskmark.generated maskmark.redacted maskmark.dlq; do
  "$kafka/kafka-topics.sh" --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$topic" --partitions 4 --replication-factor 1 >/dev/null
done
echo '{"id":"sample-broken","text":' | "$kafka/kafka-console-producer.sh" \
  --bootstrap-server "$bootstrap" --topic maskmark.raw
while true; do
  "$kafka/kafka-console-producer.sh" --bootstrap-server "$bootstrap" --topic maskmark.raw < /traffic/raw.jsonl
  "$kafka/kafka-console-producer.sh" --bootstrap-server "$bootstrap" --topic maskmark.generated < /traffic/generated.jsonl
  sleep "${INTERVAL_SECONDS:-10}"
done
