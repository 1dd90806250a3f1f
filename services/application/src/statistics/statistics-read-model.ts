import type { EntityManager } from 'typeorm';
import { addCalendarDays, dayOfWeek, toShanghaiDate, workingDaysBetween } from '@points/calendar';
import { ApplicationState } from '../applications/application-state.enum';

/** The columns of an application the statistics count. */
export interface CountedApplication {
  district: string;
  state: ApplicationState;
  acceptedOn: string | null;
  decidedAt: Date | null;
  decisionReason: string | null;
  /** The deadline the queue sorts by (NOTHING_DUE when none). */
  queueDue: string;
}

/** What one application adds to the counters: deltas are (after) − (before). */
interface Contribution {
  state: string;
  /** With the centre: its deadline day. */
  due: string | null;
  weekly: string[];
  days: string | null;
}

/** The Monday of the ISO week a day belongs to. */
export function isoWeekStart(date: string): string {
  const weekday = dayOfWeek(date); // 0 = Sunday
  return addCalendarDays(date, weekday === 0 ? -6 : 1 - weekday);
}

const DECIDED = new Set<ApplicationState>([ApplicationState.APPROVED, ApplicationState.REJECTED]);
/** The review queue's states (review-queue.service.ts CENTRE_STATES; not imported: that module imports the repository). */
const WITH_THE_CENTRE = new Set<ApplicationState>([
  ApplicationState.SUBMITTED,
  ApplicationState.MATERIALS_REQUIRED,
  ApplicationState.ARCHIVE_REVIEW,
  ApplicationState.SCORING,
]);
/** Free-text reasons group by their first 200 characters (one table row per reason). */
export const REASON_LENGTH = 200;

export function reasonKey(reason: string | null): string {
  // Spaces only, like PostgreSQL's btrim in rebuild(): both must give the same key.
  return (reason ?? '').replace(/^ +| +$/g, '').slice(0, REASON_LENGTH);
}

/**
 * Rows per counter key (migration 1765300000000): a write adds to the slot of its transaction,
 * readers sum the slots. 16 is more than the transactions that write at once on this machine.
 */
export const COUNTER_SLOTS = 16;

/** Joins a counter's key parts (a control character no reason or district contains). */
const SEP = '\u0001';

function contribution(a: CountedApplication): Contribution {
  const weekly: string[] = [];
  let days: string | null = null;
  if (a.acceptedOn) weekly.push([isoWeekStart(a.acceptedOn), 'RECEIVED', ''].join(SEP));
  if (DECIDED.has(a.state) && a.decidedAt) {
    const decidedOn = toShanghaiDate(a.decidedAt);
    const week = isoWeekStart(decidedOn);
    const detail = a.state === ApplicationState.REJECTED ? reasonKey(a.decisionReason) : '';
    weekly.push([week, a.state, detail].join(SEP));
    if (a.acceptedOn) days = [week, String(workingDaysBetween(a.acceptedOn, decidedOn))].join(SEP);
  }
  return { state: a.state, due: WITH_THE_CENTRE.has(a.state) ? a.queueDue : null, weekly, days };
}

function delta(before: readonly string[], after: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const key of before) out.set(key, (out.get(key) ?? 0) - 1);
  for (const key of after) out.set(key, (out.get(key) ?? 0) + 1);
  for (const [key, n] of [...out]) if (n === 0) out.delete(key);
  return out;
}

/**
 * The statistics read model, kept by the Application's one write path in the same transaction as
 * each insert and write (application.repository.ts): nothing can be counted without being
 * written, or written without being counted. `rebuild()` recounts everything from the
 * application table (run by the development seed after its bulk insert, by the bench, and at
 * boot when the counters are empty but applications exist, e.g. right after this migration).
 * Rows are upserted in key order, the tables in one order, so two transactions moving
 * applications in opposite directions lock the counters in the same order (no deadlock); each
 * key has COUNTER_SLOTS rows, a transaction writing to one of them, so writers of one district
 * do not queue on one row.
 */
export class StatisticsReadModel {
  async record(
    manager: EntityManager,
    before: CountedApplication | null,
    after: CountedApplication,
  ): Promise<void> {
    const b = before ? contribution(before) : null;
    const a = contribution(after);
    const district = after.district;
    const states = delta(b ? [b.state] : [], [a.state]);
    const weekly = delta(b?.weekly ?? [], a.weekly);
    const days = delta(b?.days ? [b.days] : [], a.days ? [a.days] : []);
    const due = delta(b?.due ? [b.due] : [], a.due ? [a.due] : []);
    if (before && before.district !== district && (states.size || weekly.size || days.size || due.size)) {
      // Applications never change district; if one did, recount rather than guess.
      throw new Error('An application changed district: run StatisticsReadModel.rebuild()');
    }
    if (!states.size && !weekly.size && !days.size && !due.size) return;
    const sorted = (changes: Map<string, number>): [string[], number[]] => {
      const keys = [...changes.keys()].sort();
      return [keys, keys.map((k) => changes.get(k) ?? 0)];
    };
    // One statement for the four tables (one round trip, the rows locked for less of the
    // transaction), each table's rows in key order. The slot is the transaction's own: its
    // writes land on one slot (locked in the same order as before), concurrent transactions
    // on different ones (consecutive transaction ids, different slots), so acceptances of one
    // district no longer wait for each other's commits on the same counter rows.
    await manager.query(
      `WITH slot AS (SELECT (pg_current_xact_id()::text::bigint % ${COUNTER_SLOTS})::smallint AS s),
       states AS (
         INSERT INTO application.statistics_state_count AS t (district, state, slot, n)
           SELECT $1, k, slot.s, n FROM unnest($2::text[], $3::bigint[]) AS u(k, n), slot ORDER BY k
         ON CONFLICT (district, state, slot) DO UPDATE SET n = t.n + EXCLUDED.n),
       due AS (
         INSERT INTO application.statistics_due_count AS t (district, due, slot, n)
           SELECT $1, k::date, slot.s, n FROM unnest($4::text[], $5::bigint[]) AS u(k, n), slot ORDER BY k
         ON CONFLICT (district, due, slot) DO UPDATE SET n = t.n + EXCLUDED.n),
       weekly AS (
         INSERT INTO application.statistics_weekly AS t (week, district, metric, detail, slot, n)
           SELECT split_part(k, E'\\x01', 1)::date, $1, split_part(k, E'\\x01', 2), split_part(k, E'\\x01', 3),
                  slot.s, n
             FROM unnest($6::text[], $7::bigint[]) AS u(k, n), slot ORDER BY k
         ON CONFLICT (week, district, metric, detail, slot) DO UPDATE SET n = t.n + EXCLUDED.n),
       days AS (
         INSERT INTO application.statistics_decision_days AS t (week, district, working_days, slot, n)
           SELECT split_part(k, E'\\x01', 1)::date, $1, split_part(k, E'\\x01', 2)::int, slot.s, n
             FROM unnest($8::text[], $9::bigint[]) AS u(k, n), slot ORDER BY k
         ON CONFLICT (week, district, working_days, slot) DO UPDATE SET n = t.n + EXCLUDED.n)
       SELECT 1`,
      [district, ...sorted(states), ...sorted(due), ...sorted(weekly), ...sorted(days)],
    );
  }

  /**
   * Recounts the read model from the application table, in the caller's transaction (which
   * should lock out writers: the seed and the boot check take `LOCK ... SHARE ROW EXCLUSIVE`).
   * The working days need the Chinese calendar, so the decision histogram is grouped by
   * (district, acceptance day, decision day) in SQL and counted here: a few thousand pairs, not
   * one per application.
   */
  async rebuild(manager: EntityManager): Promise<void> {
    await manager.query(`LOCK TABLE application.application IN SHARE ROW EXCLUSIVE MODE`);
    await manager.query(`DELETE FROM application.statistics_state_count`);
    await manager.query(`DELETE FROM application.statistics_weekly`);
    await manager.query(`DELETE FROM application.statistics_decision_days`);
    await manager.query(`DELETE FROM application.statistics_due_count`);
    await manager.query(
      `INSERT INTO application.statistics_due_count (district, due, n)
         SELECT district, queue_due, count(*) FROM application.application
          WHERE state IN ('SUBMITTED', 'MATERIALS_REQUIRED', 'ARCHIVE_REVIEW', 'SCORING') GROUP BY 1, 2`,
    );
    await manager.query(
      `INSERT INTO application.statistics_state_count (district, state, n)
         SELECT district, state, count(*) FROM application.application GROUP BY 1, 2`,
    );
    await manager.query(
      `INSERT INTO application.statistics_weekly (week, district, metric, detail, n)
         SELECT date_trunc('week', accepted_on)::date, district, 'RECEIVED', '', count(*)
           FROM application.application WHERE accepted_on IS NOT NULL GROUP BY 1, 2`,
    );
    await manager.query(
      `INSERT INTO application.statistics_weekly (week, district, metric, detail, n)
         SELECT date_trunc('week', (decided_at AT TIME ZONE 'Asia/Shanghai'))::date, district, state,
                CASE WHEN state = 'REJECTED' THEN left(btrim(coalesce(decision_reason, '')), $1) ELSE '' END,
                count(*)
           FROM application.application
          WHERE state IN ('APPROVED', 'REJECTED') AND decided_at IS NOT NULL GROUP BY 1, 2, 3, 4`,
      [REASON_LENGTH],
    );
    const pairs: Array<{ district: string; accepted: string; decided: string; n: string }> =
      await manager.query(
        `SELECT district, to_char(accepted_on, 'YYYY-MM-DD') AS accepted,
                to_char(decided_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS decided, count(*) AS n
           FROM application.application
          WHERE state IN ('APPROVED', 'REJECTED') AND decided_at IS NOT NULL AND accepted_on IS NOT NULL
          GROUP BY 1, 2, 3`,
      );
    const histogram = new Map<string, number>();
    for (const pair of pairs) {
      const key = [
        isoWeekStart(pair.decided),
        pair.district,
        workingDaysBetween(pair.accepted, pair.decided),
      ].join(SEP);
      histogram.set(key, (histogram.get(key) ?? 0) + Number(pair.n));
    }
    const keys = [...histogram.keys()];
    for (let i = 0; i < keys.length; i += 5000) {
      const chunk = keys.slice(i, i + 5000).map((k) => k.split(SEP));
      await manager.query(
        `INSERT INTO application.statistics_decision_days (week, district, working_days, n)
           SELECT * FROM unnest($1::date[], $2::text[], $3::int[], $4::bigint[])`,
        [
          chunk.map((c) => c[0]),
          chunk.map((c) => c[1]),
          chunk.map((c) => Number(c[2])),
          chunk.map((c) => histogram.get(c.join(SEP)) ?? 0),
        ],
      );
    }
  }
}
