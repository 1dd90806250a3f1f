#!/usr/bin/env bash
# Restore drill: restores points-db's backups into a throwaway cluster, checks it, and deletes it.
#
#   deploy/backup/restore-drill.sh [--target-time '2026-12-01 09:30:00+08'] [--keep]
#
# Needs kubectl with access to the namespace of the CloudNativePG cluster (NAMESPACE, default
# points-data) and the operator installed. Fails (non-zero) when the restore does not come up
# within RTO_SECONDS (default 3600), or when the restored data is older than the recovery point
# promised (RPO_SECONDS, default 300, for a restore to the latest WAL).
set -euo pipefail

NAMESPACE=${NAMESPACE:-points-data}
SOURCE=${SOURCE:-points-db}
DRILL=${DRILL:-points-db-drill}
RTO_SECONDS=${RTO_SECONDS:-3600}
RPO_SECONDS=${RPO_SECONDS:-300}
target_time=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --target-time) target_time="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done

say() { printf '[restore-drill] %s\n' "$*"; }
psql_in() { # psql_in <cluster> <sql>: runs on the cluster's primary as postgres
  local pod
  pod=$(kubectl -n "$NAMESPACE" get pods -l "cnpg.io/cluster=$1,cnpg.io/instanceRole=primary" -o name | head -1)
  kubectl -n "$NAMESPACE" exec "$pod" -c postgres -- psql -d points -Atc "$2"
}

# The backup settings of the source cluster, reused as the drill's recovery source.
store=$(kubectl -n "$NAMESPACE" get cluster "$SOURCE" -o jsonpath='{.spec.backup.barmanObjectStore}')
[ -n "$store" ] || { echo "cluster $SOURCE has no backup.barmanObjectStore" >&2; exit 1; }
recovery_target=""
[ -n "$target_time" ] && recovery_target=$(printf ',"recoveryTarget":{"targetTime":"%s"}' "$target_time")

say "restoring $SOURCE into $DRILL${target_time:+ at $target_time}"
started=$(date +%s)
kubectl -n "$NAMESPACE" apply -f - <<JSON
{
  "apiVersion": "postgresql.cnpg.io/v1",
  "kind": "Cluster",
  "metadata": { "name": "$DRILL", "labels": { "points/restore-drill": "true" } },
  "spec": {
    "instances": 1,
    "storage": { "size": "100Gi" },
    "bootstrap": { "recovery": { "source": "$SOURCE"$recovery_target } },
    "externalClusters": [ { "name": "$SOURCE", "barmanObjectStore": $store } ]
  }
}
JSON
cleanup() { $keep || kubectl -n "$NAMESPACE" delete cluster "$DRILL" --ignore-not-found --wait=false >/dev/null; }
trap cleanup EXIT

say "waiting (at most ${RTO_SECONDS}s) for $DRILL to be ready"
kubectl -n "$NAMESPACE" wait --for=condition=Ready "cluster/$DRILL" --timeout="${RTO_SECONDS}s"
took=$(( $(date +%s) - started ))
say "restored in ${took}s"

# What a person would check: every service's main tables have their rows, and the newest write.
checks="SELECT 'employers', count(*) FROM employer_registration.employer
  UNION ALL SELECT 'accounts', count(*) FROM employer_registration.account
  UNION ALL SELECT 'applications', count(*) FROM application.application
  UNION ALL SELECT 'verification cases', count(*) FROM archive_verification.verification_case
  UNION ALL SELECT 'assessments', count(*) FROM scoring.assessment
  UNION ALL SELECT 'sms messages', count(*) FROM notification.sms_message"
say "rows (source | restored):"
paste -d'|' <(psql_in "$SOURCE" "$checks") <(psql_in "$DRILL" "$checks" | cut -d'|' -f2)

newest="SELECT coalesce(extract(epoch FROM max(created_at))::bigint, 0) FROM (
    SELECT max(created_at) AS created_at FROM application.outbox
    UNION ALL SELECT max(created_at) FROM employer_registration.outbox
    UNION ALL SELECT max(created_at) FROM notification.sms_message) t"
restored_newest=$(psql_in "$DRILL" "$newest")
source_newest=$(psql_in "$SOURCE" "$newest")
say "newest write: source $(date -u -d "@$source_newest" +%FT%TZ), restored $(date -u -d "@$restored_newest" +%FT%TZ)"
if [ -z "$target_time" ] && [ $(( source_newest - restored_newest )) -gt "$RPO_SECONDS" ]; then
  echo "restore drill FAILED: the restored data is $(( source_newest - restored_newest ))s behind (RPO ${RPO_SECONDS}s)" >&2
  exit 1
fi
say "restore drill passed (RTO ${took}s of ${RTO_SECONDS}s)"
