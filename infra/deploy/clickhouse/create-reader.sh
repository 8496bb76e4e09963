#!/bin/bash
# Run once by the ClickHouse image on a new data volume (/docker-entrypoint-initdb.d):
# creates the read-only account of the public figures (CLICKHOUSE_READER_USER,
# CLICKHOUSE_READER_PASSWORD from infra/deploy/.env) with the grants of
# infra/clickhouse/reader-grants.sql, for the database CLICKHOUSE_DB.
# ClickHouse keeps grants by name, so they may precede the tables, which the
# worker's migrations create when it starts.
set -euo pipefail
shopt -u patsub_replacement 2>/dev/null || true
: "${CLICKHOUSE_READER_USER:?set CLICKHOUSE_READER_USER in infra/deploy/.env}"
: "${CLICKHOUSE_READER_PASSWORD:?set CLICKHOUSE_READER_PASSWORD in infra/deploy/.env}"
if ! [[ "$CLICKHOUSE_READER_USER" =~ ^[A-Za-z_][A-Za-z0-9_]*$ && "$CLICKHOUSE_DB" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
  echo "create-reader: CLICKHOUSE_READER_USER and CLICKHOUSE_DATABASE must be plain names (letters, digits, _)" >&2
  exit 1
fi
password="${CLICKHOUSE_READER_PASSWORD//\\/\\\\}"
password="${password//\'/\\\'}"
sql="$(grep -v '^--' /liaison/reader-grants.sql)"
sql="${sql//liaison./$CLICKHOUSE_DB.}"
sql="${sql//liaison_reader/$CLICKHOUSE_READER_USER}"
sql="${sql//<password>/$password}"
clickhouse client --user "${CLICKHOUSE_USER:-default}" --password "${CLICKHOUSE_PASSWORD:-}" --multiquery <<<"$sql"
echo "create-reader: $CLICKHOUSE_READER_USER may read the public figures of $CLICKHOUSE_DB"
