import { createEvent, eventsConsumedBy, InvalidEventError, parseEvent, QueueName } from './index';

const employerId = '7f0c2a5e-7b1a-4f0e-9d8c-1b2a3c4d5e6f';

describe('event envelope', () => {
  it('carries id, type, source, subject and the validated payload', () => {
    const event = createEvent('employer.registration-reviewed', {
      subject: `employer:${employerId}`,
      data: {
        employerId,
        employerName: '上海示例科技有限公司',
        district: 'HUANGPU',
        decision: 'APPROVED',
        reason: null,
      },
    });
    expect(event.source).toBe('employer-registration');
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(parseEvent(JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('refuses a payload that does not match the catalogue', () => {
    expect(() =>
      createEvent('employer.registration-reviewed', {
        subject: 'employer:x',
        data: {
          employerId,
          employerName: 'x',
          district: 'HUANGPU',
          decision: 'MAYBE' as 'APPROVED',
          reason: null,
        },
      }),
    ).toThrow();
    expect(() => parseEvent({ id: 'not-a-uuid', type: 'nope' })).toThrow(InvalidEventError);
  });

  it('refuses an event published by a service that does not own it', () => {
    expect(() =>
      createEvent('score.assessed', {
        source: 'application',
        subject: 's',
        data: {
          assessmentId: employerId,
          applicationId: employerId,
          total: 1,
          eligible: false,
          canApply: true,
          unmetConditions: [],
          ruleSetVersion: 'SH-2017',
        },
      }),
    ).toThrow(/published by scoring/);
  });

  it('routes the main flow to the consuming services', () => {
    expect(eventsConsumedBy('archive-verification')).toEqual([
      'application.accepted',
      'application.reopened-on-appeal',
      'application.renewal-review-requested',
    ]);
    expect(eventsConsumedBy('scoring')).toEqual([
      'application.scoring-requested',
      'application.score-corrected',
    ]);
    expect(eventsConsumedBy('notification')).toContain('application.decided');
    expect(QueueName.events('notification')).toBe('notification.events');
  });
});
