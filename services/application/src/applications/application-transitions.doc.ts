// The transition tables as markdown, for docs/application-lifecycle.md (application-transitions.doc.spec.ts
// fails when the doc is not what the tables say; `UPDATE_DOCS=1` rewrites it).
import { SYSTEM_TRANSITIONS, TRANSITIONS } from './application-transitions';

export const DOC_BEGIN = '<!-- transition tables: generated from application-transitions.ts -->';
export const DOC_END = '<!-- end of generated tables -->';

/** The generated part of the doc, between the markers. */
export function renderTransitionTables(): string {
  const people = Object.entries(TRANSITIONS).map(
    ([action, t]) => `| \`${action}\` | ${t.from.join(', ')} | ${t.to} | ${t.roles.join(', ')} |`,
  );
  const system = Object.entries(SYSTEM_TRANSITIONS).map(
    ([action, t]) => `| \`${action}\` | ${t.from.join(', ')} | ${t.to} |`,
  );
  return [
    DOC_BEGIN,
    '',
    '### People (mutations)',
    '',
    '| action | from | to | role |',
    '| --- | --- | --- | --- |',
    ...people,
    '',
    '### The system (events, daily jobs)',
    '',
    '| action | from | to |',
    '| --- | --- | --- |',
    ...system,
    '',
    DOC_END,
  ].join('\n');
}
