import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderPage, type Answer } from '../../test/render';
import { CitySanctionsTab } from './CitySanctionsTab';

const employer = (id: string, name: string, district: string) => ({
  id,
  name,
  creditCode: `91310000${id}`,
  district,
  suspended: false,
  suspendedUntil: null,
  sanctions: [
    {
      id: `s-${id}`,
      status: 'DECIDED',
      fineCny: 40000,
      suspendedUntil: null,
      reason: '社保缴费证明系伪造',
      decidedRole: 'CENTRE_SUPERVISOR',
      decidedAt: '2026-11-05T02:00:00Z',
      forgeryCaseId: `c-${id}`,
      foundOn: '2026-11-01',
      createdAt: '2026-11-01T02:00:00Z',
    },
  ],
});
const forgeryCase = (id: string, district: string, serious: boolean | null, extra = {}) => ({
  id,
  district,
  foundOn: '2026-10-20',
  note: `学历证书系伪造（${id}）`,
  status: serious === null ? 'PENDING_DECISION' : 'DECIDED',
  serious,
  bannedUntil: serious ? '2029-10-31' : null,
  decidedRole: serious === null ? null : 'HRSS_ADMIN',
  decidedAt: serious === null ? null : '2026-10-25T02:00:00Z',
  decisionReason: null,
  appealReason: null,
  appealUpheld: null,
  ...extra,
});

const DISTRICTS: Answer = {
  data: {
    districts: [
      { code: 'XUHUI', name: '徐汇区' },
      { code: 'PUDONG', name: '浦东新区' },
    ],
  },
};

describe("HRSS's forgery cases and sanctions, city-wide or by district", () => {
  it("shows every district's, each with its district, and one district's when chosen", async () => {
    const user = userEvent.setup({ delay: null });
    const page = renderPage(
      <App>
        <CitySanctionsTab />
      </App>,
      {
        DistrictNames: DISTRICTS,
        SanctionedEmployers: (v) => ({
          data: {
            sanctionedEmployers:
              v['district'] === 'PUDONG'
                ? [employer('e2', '浦东示例公司', 'PUDONG')]
                : [employer('e1', '徐汇示例公司', 'XUHUI'), employer('e2', '浦东示例公司', 'PUDONG')],
          },
        }),
        ApplicantForgeryCases: (v) => ({
          data: {
            applicantForgeryCases:
              v['district'] === 'PUDONG'
                ? [forgeryCase('f2', 'PUDONG', false)]
                : [forgeryCase('f1', 'XUHUI', true), forgeryCase('f2', 'PUDONG', false)],
          },
        }),
      },
    );
    const xuhuiCard = (await screen.findByText('徐汇示例公司（91310000e1）')).closest(
      '.ant-card',
    ) as HTMLElement;
    expect(within(xuhuiCard).getByText('徐汇区')).toBeVisible();
    const cases = screen.getByTestId('applicant-forgery-cases');
    expect(
      await within(cases).findByText('情节严重：2029年10月31日前不得申请', { exact: false }),
    ).toBeVisible();
    expect(within(cases).getByText('情节轻微：仅扣分')).toBeVisible();

    await user.click(screen.getByRole('combobox', { name: '区' }));
    await user.click(await screen.findByTitle('浦东新区'));
    await waitFor(() => expect(screen.queryByText('徐汇示例公司（91310000e1）')).toBeNull());
    expect(screen.getByText('浦东示例公司（91310000e2）')).toBeVisible();
    await waitFor(() => expect(within(cases).queryByText('学历证书系伪造（f1）')).toBeNull());
    for (const name of ['SanctionedEmployers', 'ApplicantForgeryCases']) {
      expect(page.calls.filter((c) => c.operationName === name).map((c) => c.variables['district'])).toEqual([
        null,
        'PUDONG',
      ]);
    }
  }, 120_000);

  it('says so when the city has none', async () => {
    renderPage(
      <App>
        <CitySanctionsTab />
      </App>,
      {
        DistrictNames: DISTRICTS,
        SanctionedEmployers: { data: { sanctionedEmployers: [] } },
        ApplicantForgeryCases: { data: { applicantForgeryCases: [] } },
      },
    );
    expect(await screen.findByText('暂无伪造材料案件或处理记录')).toBeVisible();
    expect(await screen.findByText('暂无个人伪造材料案件')).toBeVisible();
  }, 120_000);
});
