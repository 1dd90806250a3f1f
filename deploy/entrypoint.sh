#!/bin/sh
# Container entry for every image built from deploy/Dockerfile: SERVICE (baked in at build time
# with --build-arg SERVICE=..., overridable at run time) picks the process.
#
#   entrypoint.sh              exec the process for $SERVICE
#   entrypoint.sh check        exit 0 when $SERVICE is known and its compiled entry file exists
#   entrypoint.sh healthcheck  exit 0 when GET /health on the process's port answers 2xx
#                              (always 0 for the one-shot migrate)
#
# Node flags go in NODE_OPTIONS (e.g. --max-old-space-size), not in arguments.
set -eu

cd "${APP_DIR:-/app}"

# One arm per SERVICE: the compiled entry file, the env variable that overrides its port, and
# the default port (libs/config DEFAULT_PORTS). test/deploy/compose.spec.ts reads these arms.
resolve() {
  case "$1" in
    employer-registration)
      MAIN=dist/services/employer-registration/src/main.js PORT_VAR=EMPLOYER_REGISTRATION_PORT DEFAULT_PORT=4001 ;;
    application)
      MAIN=dist/services/application/src/main.js PORT_VAR=APPLICATION_PORT DEFAULT_PORT=4002 ;;
    archive-verification)
      MAIN=dist/services/archive-verification/src/main.js PORT_VAR=ARCHIVE_VERIFICATION_PORT DEFAULT_PORT=4003 ;;
    scoring)
      MAIN=dist/services/scoring/src/main.js PORT_VAR=SCORING_PORT DEFAULT_PORT=4004 ;;
    notification)
      MAIN=dist/services/notification/src/main.js PORT_VAR=NOTIFICATION_PORT DEFAULT_PORT=4005 ;;
    gateway)
      MAIN=dist/gateway/src/main.js PORT_VAR=GATEWAY_PORT DEFAULT_PORT=4000 ;;
    migrate)
      MAIN=dist/scripts/migrate.js PORT_VAR= DEFAULT_PORT= ;;
    *)
      echo "entrypoint: unknown SERVICE '$1'; expected one of: employer-registration application" \
        "archive-verification scoring notification gateway migrate" >&2
      exit 64 ;;
  esac
}

SERVICE="${SERVICE:-}"
if [ -z "$SERVICE" ]; then
  echo "entrypoint: SERVICE is not set (build with --build-arg SERVICE=<name> or set it at run time)" >&2
  exit 64
fi
resolve "$SERVICE"

case "${1:-run}" in
  check)
    if [ ! -f "$MAIN" ]; then
      echo "entrypoint: $MAIN is missing for SERVICE=$SERVICE (did npm run build compile it?)" >&2
      exit 1
    fi
    exit 0 ;;
  healthcheck)
    # The one-shot migrate has no server; report healthy while it runs.
    [ -z "$PORT_VAR" ] && exit 0
    eval "PORT=\${$PORT_VAR:-$DEFAULT_PORT}"
    # node:*-slim has no curl or wget: ask Node (global fetch) instead.
    exec node -e "fetch('http://127.0.0.1:${PORT}/health', { signal: AbortSignal.timeout(2500) })
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));" ;;
  run)
    exec node "$MAIN" ;;
  *)
    echo "entrypoint: unknown command '$1' (run | check | healthcheck)" >&2
    exit 64 ;;
esac
