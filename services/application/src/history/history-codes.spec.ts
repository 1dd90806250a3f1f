import { HISTORY_CODE } from '@points/terms';
import { ApplicationAction, SystemAction } from '../applications/application-transitions';
import { EntryCode, HistoryCode } from './history-codes';

describe('history codes', () => {
  it('has a code for every action of the transition table, a person’s or the system’s', () => {
    for (const action of [...Object.values(ApplicationAction), ...Object.values(SystemAction)]) {
      expect(Object.values(HistoryCode)).toContain(action);
    }
  });

  it('has a Chinese and an English label for every code (the console’s timeline reads them)', () => {
    const missing = Object.values(HistoryCode).filter((code) => !(code in HISTORY_CODE));
    expect(missing).toEqual([]);
    for (const [zh, en] of Object.values(HISTORY_CODE)) {
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).toMatch(/^[\x20-\x7e’]+$/);
    }
  });

  it('keeps the codes stable: the stored values are the names', () => {
    expect(EntryCode.FORM_EDITED).toBe('FORM_EDITED');
    expect(HistoryCode.SUBMIT_TO_EMPLOYER).toBe('SUBMIT_TO_EMPLOYER');
  });
});
