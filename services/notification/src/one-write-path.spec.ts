import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { productionSources, tableWrites, writersIn } from '@points/testing';
import type { SmsMessagePatch } from './messages/sms-message.repository';
import { SmsMessageStatus } from './messages/sms-message-status.enum';

// The SmsMessage write path (style.md: one write path per aggregate): only its repository writes
// `sms_message`, and in it only transition() sets the status. Read over every production source.
const ROOT = join(__dirname, '../../..');
const REPOSITORY = 'services/notification/src/messages/sms-message.repository.ts';

describe('SMS messages have one write path', () => {
  const sources = productionSources(ROOT, ['services', 'libs', 'gateway', 'tools']);
  const writes = tableWrites('sms_message', 'SmsMessage');

  it('reads the whole platform (not an empty list)', () => {
    expect(sources.length).toBeGreaterThan(100);
    expect(sources).toContain(REPOSITORY);
  });

  it('catches the writes where they are: the repository', () => {
    expect(writersIn(ROOT, [REPOSITORY], writes)).toEqual([REPOSITORY]);
  });

  it('has no production file but sms-message.repository.ts writing sms_message', () => {
    expect(writersIn(ROOT, sources, writes)).toEqual([REPOSITORY]);
  });

  it('keeps status out of the column patch: only transition() sets it', () => {
    // @ts-expect-error status is not a patch column (the type check fails if it becomes one)
    const patch: SmsMessagePatch = { status: SmsMessageStatus.DELIVERED };
    expect(patch).toBeDefined();
    const text = readFileSync(join(ROOT, REPOSITORY), 'utf8');
    // The one status assignment: the target transition() checked against the table.
    expect(text.match(/status = \$\{next\(plan\.to\)\}/g)).toHaveLength(1);
    expect(text.match(/SET\s+status|,\s*status = '/g)).toBeNull();
  });
});
