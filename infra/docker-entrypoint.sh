#!/bin/sh
# Entry point of the Gemeinwerk image: `serve` (default) runs the API and web app,
# `migrate` applies pending migrations as the owner (DATABASE_URL) and exits. Anything else is
# run as given (e.g. `node apps/api/dist/database/cli/backup.js`).
set -e
cd /app
case "${1:-serve}" in
  serve) shift || true; exec node apps/api/dist/main.js "$@" ;;
  migrate) shift; exec node apps/api/dist/database/cli/migrate.js "$@" ;;
  *) exec "$@" ;;
esac
