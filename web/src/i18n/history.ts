// The timeline's words for each history code (libs/terms, shared with the services): a label per
// code, the form's section names for a form edit, and the person's own words where the entry
// carries them. A code this console does not know yet (a newer server) reads as its state.
import { FORM_SECTION, HISTORY_CODE, HISTORY_CODE_WITH_TYPED_REASON } from '@points/terms';
import type { ApplicationState, HistoryCode } from '../gql/graphql';
import { enumLabel } from './enums';
import type { Language } from './language';

const LABELS: Partial<Record<HistoryCode, readonly [string, string]>> = HISTORY_CODE;

/** Every code of the schema that has a label (history.spec.ts checks it is all of them). */
export function historyCodeLabel(code: string, language: Language): string | undefined {
  return LABELS[code as HistoryCode]?.[language === 'zh' ? 0 : 1];
}

interface Entry {
  code?: HistoryCode | null;
  fields?: readonly string[] | null;
  reason?: string | null;
  toState: ApplicationState;
}

/** What the timeline shows for one entry: its label and, below it, the detail. */
export function describeHistory(entry: Entry, language: Language): { title: string; detail: string | null } {
  const title =
    (entry.code ? historyCodeLabel(entry.code, language) : undefined) ??
    enumLabel('ApplicationState', entry.toState, language);
  if (entry.code === 'FORM_EDITED' && entry.fields?.length) {
    const sections = entry.fields.map(
      (f) => (FORM_SECTION as Record<string, readonly [string, string]>)[f]?.[language === 'zh' ? 0 : 1] ?? f,
    );
    return { title, detail: sections.join(language === 'zh' ? '、' : ', ') };
  }
  if (entry.code && HISTORY_CODE_WITH_TYPED_REASON.includes(entry.code))
    return { title, detail: entry.reason ?? null };
  // Old entries without a code: their reason is all there is.
  return { title, detail: entry.code ? null : (entry.reason ?? null) };
}
