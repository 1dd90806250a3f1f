import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from 'antd';
import { describe, expect, it } from 'vitest';
import { renderPage, type Answer } from '../../test/render';
import { AppealsPanel } from './AppealsPanel';

const base = {
  subject: 'SCORE',
  applicationId: 'a1',
  requestedRole: 'APPLICANT',
  decidedBy: null,
  decisionNote: null,
  decidedAt: null,
};
const REQUESTED = {
  ...base,
  id: 'p1',
  receiptNo: 'SL2026-0001',
  district: 'XUHUI',
  indicator: 'EDUCATION',
  reason: '学历认证结果有误',
  state: 'REQUESTED',
  requestedAt: '2026-11-02T02:00:00Z',
  currentTotal: 110,
  firstReviewer: null,
  firstReviewNote: null,
  proposedDelta: null,
  version: 1,
};
const REVIEWED = {
  ...base,
  id: 'p2',
  receiptNo: 'SL2026-0002',
  district: 'PUDONG',
  indicator: 'QUALIFICATION',
  reason: '职称未计分',
  state: 'REVIEWED',
  requestedAt: '2026-11-03T02:00:00Z',
  currentTotal: 115,
  firstReviewer: 'hrss-first',
  firstReviewNote: '中级职称应计分',
  proposedDelta: 15,
  version: 2,
};

// 复核 of a rejection without a score (the registry did not find the diploma): no indicator.
const ON_REJECTION = {
  ...REQUESTED,
  id: 'p4',
  receiptNo: 'SL2026-0004',
  subject: 'REJECTION',
  indicator: null,
  reason: '学历在学信网可查，请重新核查',
  currentTotal: null,
};

const me = (id: string): Answer => ({
  data: { me: { id, role: 'HRSS_ADMIN', name: '市人社局', username: id, employerId: null, district: null } },
});
const DISTRICTS: Answer = {
  data: {
    districts: [
      { code: 'XUHUI', name: '徐汇区' },
      { code: 'PUDONG', name: '浦东新区' },
    ],
  },
};
const list = (items: unknown[], hasNextPage = false): Answer => ({
  data: { appealList: { items, endCursor: hasNextPage ? 'cursor-1' : null, hasNextPage } },
});

function render(answers: Record<string, Answer | ((v: Record<string, unknown>) => Answer)>) {
  return renderPage(
    <App>
      <AppealsPanel />
    </App>,
    { DistrictNames: DISTRICTS, AppealList: list([REQUESTED, REVIEWED]), ...answers },
  );
}

// Generous timeouts: typing into Ant Design's inputs is slow on a busy shared machine.
describe("HRSS's appeals (复核)", () => {
  it('lists the appeals with district names and pages on with the cursor the server gave', async () => {
    const page = render({
      Me: me('hrss-second'),
      AppealList: (v) =>
        v['after']
          ? list([{ ...REQUESTED, id: 'p3', receiptNo: 'SL2026-0003' }])
          : list([REQUESTED, REVIEWED], true),
    });
    const table = await screen.findByTestId('appeals');
    expect(await within(table).findByText('SL2026-0001')).toBeVisible();
    expect(within(table).getByText('浦东新区')).toBeVisible();
    expect(within(table).getByText('+15 分：中级职称应计分')).toBeVisible();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: '下一页' }));
    expect(await within(table).findByText('SL2026-0003')).toBeVisible();
    expect(page.calls.filter((c) => c.operationName === 'AppealList').at(-1)?.variables).toMatchObject({
      after: 'cursor-1',
      first: 20,
    });
  }, 120_000);

  it('takes a first review only with a correction and a note, and sends them with the version shown', async () => {
    const user = userEvent.setup({ delay: null });
    const page = render({
      Me: me('hrss-first'),
      ReviewAppeal: { data: { reviewAppeal: { id: 'p1', state: 'REVIEWED', version: 2 } } },
    });
    await user.click(await screen.findByRole('button', { name: '初审 SL2026-0001 教育背景' }));
    const form = screen.getByRole('form', { name: '初审 SL2026-0001 教育背景' });
    await user.click(within(form).getByRole('button', { name: '提交' }));
    expect(await within(form).findByText('请填写改正分值（不改正填0）')).toBeVisible();
    expect(within(form).getByText('请填写意见')).toBeVisible();
    await user.type(within(form).getByLabelText('改正分值'), '-5');
    await user.type(within(form).getByLabelText('意见'), '学历认证无误，但年龄计分有误');
    await user.click(within(form).getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(page.calls.find((c) => c.operationName === 'ReviewAppeal')?.variables).toEqual({
        id: 'p1',
        version: 1,
        proposedDelta: -5,
        note: '学历认证无误，但年龄计分有误',
      }),
    );
  }, 120_000);

  it("warns the first reviewer and shows the server's refusal of their decision", async () => {
    const user = userEvent.setup({ delay: null });
    render({
      Me: me('hrss-first'),
      DecideAppeal: {
        errors: [
          {
            message: 'A second HRSS person must decide: you reviewed this appeal first',
            extensions: { code: 'FORBIDDEN' },
          },
        ],
      },
    });
    await user.click(
      await screen.findByRole('button', { name: '复核决定 SL2026-0002 专业技术职称和技能等级' }),
    );
    const form = screen.getByRole('form', { name: '复核决定 SL2026-0002 专业技术职称和技能等级' });
    expect(within(form).getByText('初审意见 +15 分：总分 115 → 130', { exact: false })).toBeVisible();
    expect(within(form).getByText('您已对此申请作出初审：复核决定须由另一名工作人员作出。')).toBeVisible();
    await user.click(within(form).getByLabelText('复核成立，按初审意见改正'));
    await user.type(within(form).getByLabelText('意见'), '同意改正');
    await user.click(within(form).getByRole('button', { name: '提交' }));
    expect(await within(form).findByText('无权进行此操作。')).toBeVisible();
    expect(
      within(form).getByText('A second HRSS person must decide: you reviewed this appeal first'),
    ).toBeVisible();
  }, 120_000);

  it('lets a second person dismiss with a reason, and asks for the outcome first', async () => {
    const user = userEvent.setup({ delay: null });
    const page = render({
      Me: me('hrss-second'),
      DecideAppeal: { data: { decideAppeal: { id: 'p2', state: 'DISMISSED', version: 3 } } },
    });
    await user.click(
      await screen.findByRole('button', { name: '复核决定 SL2026-0002 专业技术职称和技能等级' }),
    );
    const form = screen.getByRole('form', { name: '复核决定 SL2026-0002 专业技术职称和技能等级' });
    expect(within(form).queryByText('您已对此申请作出初审', { exact: false })).toBeNull();
    await user.type(within(form).getByLabelText('意见'), '职称与岗位不符，维持原核定');
    await user.click(within(form).getByRole('button', { name: '提交' }));
    expect(await within(form).findByText('请选择复核是否成立')).toBeVisible();
    expect(page.calls.map((c) => c.operationName)).not.toContain('DecideAppeal');
    await user.click(within(form).getByLabelText('复核不成立，维持原核定'));
    await user.click(within(form).getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(page.calls.find((c) => c.operationName === 'DecideAppeal')?.variables).toEqual({
        id: 'p2',
        version: 2,
        uphold: false,
        note: '职称与岗位不符，维持原核定',
      }),
    );
  }, 120_000);

  it('reviews an appeal on an unscored rejection without a correction, and decides it as checking again', async () => {
    const user = userEvent.setup({ delay: null });
    const page = render({
      Me: me('hrss-first'),
      AppealList: list([
        ON_REJECTION,
        {
          ...ON_REJECTION,
          id: 'p5',
          receiptNo: 'SL2026-0005',
          state: 'REVIEWED',
          version: 2,
          firstReviewer: 'hrss-other',
          firstReviewNote: '学信网可查',
          proposedDelta: 0,
        },
      ]),
      ReviewAppeal: { data: { reviewAppeal: { id: 'p4', state: 'REVIEWED', version: 2 } } },
    });
    const table = await screen.findByTestId('appeals');
    expect(await within(table).findAllByText('审核不通过决定（未积分）')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: '初审 SL2026-0004 审核不通过决定（未积分）' }));
    const form = screen.getByRole('form', { name: '初审 SL2026-0004 审核不通过决定（未积分）' });
    // No points to correct: the form asks only for the note.
    expect(within(form).queryByLabelText('改正分值')).toBeNull();
    expect(within(form).getByText('不改正分值', { exact: false })).toBeVisible();
    await user.type(within(form).getByLabelText('意见'), '学信网可查到该学历');
    await user.click(within(form).getByRole('button', { name: '提交' }));
    await waitFor(() =>
      expect(page.calls.find((c) => c.operationName === 'ReviewAppeal')?.variables).toEqual({
        id: 'p4',
        version: 1,
        proposedDelta: 0,
        note: '学信网可查到该学历',
      }),
    );
    await user.click(screen.getByRole('button', { name: '复核决定 SL2026-0005 审核不通过决定（未积分）' }));
    const decide = screen.getByRole('form', { name: '复核决定 SL2026-0005 审核不通过决定（未积分）' });
    expect(within(decide).getByLabelText('复核成立，重新核查')).toBeInTheDocument();
    expect(within(decide).getByLabelText('复核不成立，维持不通过决定')).toBeInTheDocument();
    expect(within(decide).queryByText('总分', { exact: false })).toBeNull();
  }, 120_000);
});
