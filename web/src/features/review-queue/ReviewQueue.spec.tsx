import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { ReviewQueue } from './ReviewQueue';

const row = (id: string, state: string, extra: Record<string, unknown>) => ({
  id,
  kind: 'NEW',
  state,
  version: 3,
  district: 'XUHUI',
  receiptNo: null,
  submittedAt: '2026-11-02T02:00:00Z',
  assignedOfficer: null,
  overdue: false,
  expiresOn: null,
  archiveDeadline: null,
  scoringDeadline: null,
  employer: { id: 'e1', name: '上海示例科技有限公司' },
  form: { personal: { name: `申请人${id}` } },
  ...extra,
});

describe("the officer's review queue", () => {
  it('shows when a waiting application expires, and the deadline of one under review', async () => {
    renderPage(<ReviewQueue label="待办" toggle="mine" action={() => null} />, {
      Me: {
        data: {
          me: {
            id: 'o1',
            role: 'CENTRE_OFFICER',
            name: '经办',
            username: 'o1',
            employerId: null,
            district: 'XUHUI',
          },
        },
      },
      ReviewQueue: {
        data: {
          reviewQueue: {
            items: [
              row('1', 'SUBMITTED', { expiresOn: '2026-12-02' }),
              row('2', 'ARCHIVE_REVIEW', {
                receiptNo: 'SL2026-0002',
                archiveDeadline: { dueOn: '2026-12-15', overdue: false, provisional: false },
              }),
              // A renewal whose registries are being asked: it does not expire, nothing is due.
              row('3', 'SUBMITTED', { kind: 'RENEWAL' }),
            ],
            endCursor: null,
            hasNextPage: false,
          },
          reviewQueueCounts: [{ state: 'SUBMITTED', count: 2 }],
        },
      },
    });
    const waiting = (await screen.findByText('申请人1')).closest('tr')!;
    expect(within(waiting as HTMLElement).getByTestId('expires')).toHaveTextContent('2026年12月2日逾期失效');
    const reviewing = screen.getByText('申请人2').closest('tr')!;
    expect(within(reviewing as HTMLElement).getByText('2026年12月15日')).toBeVisible();
    expect(within(reviewing as HTMLElement).queryByTestId('expires')).toBeNull();
    const renewal = screen.getByText('申请人3').closest('tr')!;
    expect(within(renewal as HTMLElement).queryByTestId('expires')).toBeNull();
  }, 120_000);
});
