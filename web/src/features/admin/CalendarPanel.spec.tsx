import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '../../test/render';
import { CalendarPanel, parseDayLines } from './CalendarPanel';

// 2027 before its notice is entered: the law's days only (what the server lists), no entry yet.
const NOT_ENTERED = {
  data: {
    calendarYear: {
      year: 2027,
      source: 'STATUTORY_RULES',
      provisional: true,
      current: null,
      revisions: [],
      statutoryDaysOff: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-02-05', name: '春节' },
      ],
    },
  },
};

const ENTERED = {
  data: {
    calendarYear: {
      ...NOT_ENTERED.data.calendarYear,
      source: 'PUBLISHED',
      provisional: false,
      current: {
        revision: 1,
        documentRef: '国办发明电〔2026〕7号',
        holidays: [{ date: '2027-01-01', name: '元旦' }],
        workdays: [],
      },
      revisions: [
        {
          revision: 1,
          reason: '公布2027年安排',
          documentRef: '国办发明电〔2026〕7号',
          changedBy: 'hrss-1',
          changedAt: '2026-12-01T02:00:00Z',
        },
      ],
    },
  },
};

// Whole values at once (fireEvent.change): typing hundreds of characters key by key is slow on a loaded machine.
async function fillIn(holidays: string, workdays = ''): Promise<void> {
  const type = (label: string, value: string) =>
    fireEvent.change(screen.getByLabelText(label), { target: { value } });
  await screen.findByLabelText('放假日期（每行：YYYY-MM-DD 名称）');
  type('放假日期（每行：YYYY-MM-DD 名称）', holidays);
  if (workdays) type('调休上班日期（每行：YYYY-MM-DD 名称）', workdays);
  type('通知文号', '国办发明电〔2026〕7号');
  type('录入说明', '公布2027年安排');
  fireEvent.click(screen.getByRole('button', { name: '保存节假日安排' }));
}

describe("HRSS's holiday schedule panel", () => {
  it('shows a year without a notice as provisional, with the law’s days, and enters the notice', async () => {
    let entered = false;
    const page = renderPage(<CalendarPanel initialYear={2027} />, {
      CalendarYear: () => (entered ? ENTERED : NOT_ENTERED),
      PublishCalendarYear: () => {
        entered = true;
        return {
          data: { publishCalendarYear: { year: 2027, source: 'PUBLISHED', current: { revision: 1 } } },
        };
      },
    });
    expect(await screen.findByTestId('provisional')).toHaveTextContent('暂定');
    expect(screen.getByTestId('calendar-source')).toHaveTextContent('仅按法定节日计算');
    expect(screen.getByTestId('statutory-days')).toHaveTextContent('2027-02-05 春节');

    await fillIn('2027-01-01 元旦\n\n2027-02-05 春节', '2027-02-20 春节调休上班');
    await waitFor(() => expect(page.calls.map((c) => c.operationName)).toContain('PublishCalendarYear'));
    const call = page.calls.find((c) => c.operationName === 'PublishCalendarYear');
    expect(call?.variables['input']).toEqual({
      year: 2027,
      holidays: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2027-02-05', name: '春节' },
      ],
      workdays: [{ date: '2027-02-20', name: '春节调休上班' }],
      documentRef: '国办发明电〔2026〕7号',
      reason: '公布2027年安排',
      expectedRevision: null,
    });
    expect(await screen.findByText('已保存，正在重新计算暂定期限')).toBeVisible();
    expect(await screen.findByText('已录入国务院公布的安排（第 1 版）')).toBeVisible();
    expect(screen.queryByTestId('provisional')).toBeNull();
    expect(screen.getByText(/第 1 版 · .* · hrss-1 · 公布2027年安排/)).toBeVisible();
  }, 120_000);

  it('names the line the server refused, counting the lines as typed', async () => {
    renderPage(<CalendarPanel initialYear={2027} />, {
      CalendarYear: NOT_ENTERED,
      PublishCalendarYear: {
        errors: [
          {
            message: 'input.holidays[1].date 2028-01-01 is not in 2027.',
            extensions: { code: 'BAD_USER_INPUT', field: 'input.holidays[1].date', rule: 'in-year' },
          },
        ],
      },
    });
    // A blank line between the two: the refused one is the third line typed.
    await fillIn('2027-01-01 元旦\n\n2028-01-01 元旦');
    expect(await screen.findByText('第 3 行：日期不在该年度内')).toBeVisible();
  }, 120_000);

  it('refuses a line that is not "date name" before asking the server', async () => {
    const page = renderPage(<CalendarPanel initialYear={2027} />, { CalendarYear: NOT_ENTERED });
    await fillIn('2027-01-01 元旦\n春节 2月5日');
    expect(await screen.findByText('第 2 行应写作“YYYY-MM-DD 名称”')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('PublishCalendarYear');
  }, 120_000);

  it('reads lines of "YYYY-MM-DD name", skipping blank ones', () => {
    expect(parseDayLines(' 2027-10-01 国庆节 \n\n2027-10-02\n')).toEqual({
      days: [{ date: '2027-10-01', name: '国庆节' }],
      badLines: [3],
    });
  });
});
