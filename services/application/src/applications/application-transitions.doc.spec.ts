import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOC_BEGIN, DOC_END, renderTransitionTables } from './application-transitions.doc';

const DOC = path.resolve(__dirname, '../../../../docs/application-lifecycle.md');

describe('docs/application-lifecycle.md', () => {
  it('shows the transition tables as application-transitions.ts has them (UPDATE_DOCS=1 rewrites it)', () => {
    const text = fs.readFileSync(DOC, 'utf8');
    const start = text.indexOf(DOC_BEGIN);
    const end = text.indexOf(DOC_END);
    expect(start).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const current = text.slice(start, end + DOC_END.length);
    const wanted = renderTransitionTables();
    if (process.env['UPDATE_DOCS'] === '1' && current !== wanted) {
      fs.writeFileSync(DOC, text.replace(current, wanted));
      return;
    }
    expect(current).toBe(wanted);
  });
});
