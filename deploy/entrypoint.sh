#!/bin/sh
# Container entry for every image built from deploy/Dockerfile: SERVICE (baked in at build time
# with --build-arg SERVICE=..., overridable at run time) picks the process.
#
#   entrypoint.sh              exec the process for $SERVICE (same as `run`)
#   entrypoint.sh worker       exec the queue-worker process of $SERVICE (same image, no HTTP port);
#                              only services that have one (WORKER= below)
#   entrypoint.sh check        exit 0 when $SERVICE is known and its compiled entry files exist
#   entrypoint.sh healthcheck  exit 0 when GET /health on the process's port answers 2xx
#                              (always 0 for the one-shot migrate); in a worker container: exit 0
#                              while the worker's node process is alive (no HTTP to ask)
#
# Node flags go in NODE_OPTIONS (e.g. --max-old-space-size), not in arguments.
set -eu

cd "${APP_DIR:-/app}"

# One arm per SERVICE: the compiled entry file, the compiled worker entry (empty: none), the env
# variable that overrides its port, and the default port (libs/config DEFAULT_PORTS).
# test/deploy/compose.spec.ts reads these arms.
resolve() {
  case "$1" in
    employer-registration)
      MAIN=dist/services/employer-registration/src/main.js WORKER= PORT_VAR=EMPLOYER_REGISTRATION_PORT DEFAULT_PORT=4001 ;;
    application)
      MAIN=dist/services/application/src/main.js WORKER= PORT_VAR=APPLICATION_PORT DEFAULT_PORT=4002 ;;
    archive-verification)
      MAIN=dist/services/archive-verification/src/main.js WORKER=dist/services/archive-verification/src/worker.js PORT_VAR=ARCHIVE_VERIFICATION_PORT DEFAULT_PORT=4003 ;;
    scoring)
      MAIN=dist/services/scoring/src/main.js WORKER= PORT_VAR=SCORING_PORT DEFAULT_PORT=4004 ;;
    notification)
      MAIN=dist/services/notification/src/main.js WORKER=dist/services/notification/src/worker.js PORT_VAR=NOTIFICATION_PORT DEFAULT_PORT=4005 ;;
    gateway)
      MAIN=dist/gateway/src/main.js WORKER= PORT_VAR=GATEWAY_PORT DEFAULT_PORT=4000 ;;
    migrate)
      MAIN=dist/scripts/migrate.js WORKER= PORT_VAR= DEFAULT_PORT= ;;
    *)
      echo "entrypoint: unknown SERVICE '$1'; expected one of: employer-registration application" \
        "archive-verification scoring notification gateway migrate" >&2
      exit 64 ;;
  esac
}

# Written by `worker`, read by `healthcheck` (a separate exec in the same container). /tmp is the
# one writable path (tmpfs in compose, emptyDir in Kubernetes).
WORKER_PID_FILE="${TMPDIR:-/tmp}/points-worker.pid"

SERVICE="${SERVICE:-}"
if [ -z "$SERVICE" ]; then
  echo "entrypoint: SERVICE is not set (build with --build-arg SERVICE=<name> or set it at run time)" >&2
  exit 64
fi
resolve "$SERVICE"

case "${1:-run}" in
  check)
    for file in "$MAIN" ${WORKER:+"$WORKER"}; do
      if [ ! -f "$file" ]; then
        echo "entrypoint: $file is missing for SERVICE=$SERVICE (did npm run build compile it?)" >&2
        exit 1
      fi
    done
    exit 0 ;;
  healthcheck)
    # A worker serves no HTTP (no /health, no /metrics). Its node process must be alive (not a
    # zombie or stopped), and its heartbeat file (renewed every 15 s while the event loop turns
    # and PostgreSQL answers, libs/observability heartbeat.ts) must be younger than a minute, so a
    # wedged worker is restarted rather than left holding nothing. `worker` leaves its pid here.
    if [ -f "$WORKER_PID_FILE" ]; then
      pid="$(cat "$WORKER_PID_FILE")"
      [ -r "/proc/$pid/stat" ] || exit 1
      state="$(sed 's/^.*) //' "/proc/$pid/stat" | cut -d' ' -f1)"
      case "$state" in Z|X|T|t) exit 1 ;; esac
      beat="${WORKER_HEARTBEAT_FILE:-${TMPDIR:-/tmp}/points-${SERVICE}-worker.heartbeat}"
      # No beat yet: the worker is still starting (the probe's initial delay covers this).
      [ -f "$beat" ] || exit 0
      age=$(( $(date +%s) - $(stat -c %Y "$beat") ))
      [ "$age" -lt "${WORKER_HEARTBEAT_MAX_AGE:-60}" ] || exit 1
      exit 0
    fi
    # The one-shot migrate has no server; report healthy while it runs.
    [ -z "$PORT_VAR" ] && exit 0
    eval "PORT=\${$PORT_VAR:-$DEFAULT_PORT}"
    # node:*-slim has no curl or wget: ask Node (global fetch) instead.
    exec node -e "fetch('http://127.0.0.1:${PORT}/health', { signal: AbortSignal.timeout(2500) })
      .then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));" ;;
  run)
    exec node "$MAIN" ;;
  worker)
    if [ -z "$WORKER" ]; then
      echo "entrypoint: SERVICE=$SERVICE has no worker process (services with one:" \
        "archive-verification notification)" >&2
      exit 64
    fi
    # exec keeps this shell's pid: the pid file names the node process.
    echo "$$" >"$WORKER_PID_FILE" 2>/dev/null || true
    exec node "$WORKER" ;;
  *)
    echo "entrypoint: unknown command '$1' (run | worker | check | healthcheck)" >&2
    exit 64 ;;
esac
