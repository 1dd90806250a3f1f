import { registerEnumType } from '@nestjs/graphql';
import { ApplicationAction, SystemAction } from '../applications/application-transitions';

/**
 * What a history entry records that keeps the state (no action of the transition table): an
 * application opened, a form edited, an officer assigned, an appeal filed...
 */
export const EntryCode = {
  /** A new DRAFT (NEW, RENEWAL or CHANGE: the application's kind says which). */
  OPENED: 'OPENED',
  /** The form was saved; `fields` names the sections. */
  FORM_EDITED: 'FORM_EDITED',
  /** RENEWAL: the permit's endorsement (签注) day was recorded; the renewal window follows from it. */
  PERMIT_ENDORSED: 'PERMIT_ENDORSED',
  OFFICER_CLAIMED: 'OFFICER_CLAIMED',
  OFFICER_ASSIGNED: 'OFFICER_ASSIGNED',
  APPEAL_FILED: 'APPEAL_FILED',
  /** An upheld appeal changed the total (复核改正). */
  SCORE_CORRECTED: 'SCORE_CORRECTED',
  /** An appeal was decided without a change of the total (复核维持). */
  APPEAL_DECIDED: 'APPEAL_DECIDED',
  /** RENEWAL: the employer or the details changed, so it is reviewed at the window. */
  RENEWAL_AT_WINDOW: 'RENEWAL_AT_WINDOW',
  /** RENEWAL, unchanged: the online review asked the registries (application.renewal-review-requested). */
  RENEWAL_FACTS_REQUESTED: 'RENEWAL_FACTS_REQUESTED',
  /** RENEWAL: the registries show a changed employer, marriage or co-residents: reviewed at the window. */
  RENEWAL_FACTS_CHANGED: 'RENEWAL_FACTS_CHANGED',
  /** RENEWAL: a renewal check failed on the registry facts: the materials go to the window. */
  ONLINE_REVIEW_FAILED: 'ONLINE_REVIEW_FAILED',
  SCORING_FAILED: 'SCORING_FAILED',
  /** The development seed's office (never in production): the entry that opens each seeded row. */
  DEVELOPMENT_SEED: 'DEVELOPMENT_SEED',
  /** A running deadline counted again because the calendar changed (a year's notice entered). */
  DEADLINE_RECOMPUTED: 'DEADLINE_RECOMPUTED',
  /** Any other change that keeps the state (the default of `amend()` and `record()`). */
  AMENDED: 'AMENDED',
} as const;

/**
 * Every history entry's machine code, one catalogue: the transition table's actions (a person's
 * and the system's) are codes by themselves, so a new action is a new code without an edit here;
 * the rest are `EntryCode`. The console labels each code (web/src/i18n/history.ts).
 */
export const HistoryCode = { ...ApplicationAction, ...SystemAction, ...EntryCode } as const;
export type HistoryCode = (typeof HistoryCode)[keyof typeof HistoryCode];

registerEnumType(HistoryCode, {
  name: 'HistoryCode',
  description: "What a history entry records: a transition table's action, or a change that keeps the state",
});

const KNOWN = new Set<string>(Object.values(HistoryCode));

export function isHistoryCode(value: string): value is HistoryCode {
  return KNOWN.has(value);
}
