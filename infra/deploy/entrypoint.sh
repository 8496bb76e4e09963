#!/bin/sh
# The image's entrypoint: `serve …` runs apps/serve (`--role worker`,
# `--role dashboard --no-build`), `liaison …` the operator CLI
# (e.g. `liaison status`, `liaison sources apply`); anything else is run as is.
set -eu
cd /app
case "${1:-}" in
  serve) shift; exec node apps/serve/src/main.ts "$@" ;;
  liaison) shift; exec node workflows/ingest/src/cli/main.ts "$@" ;;
  *) exec "$@" ;;
esac
