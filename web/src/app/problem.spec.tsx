import { screen, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { problemOf } from '../api/problem';
import { renderPage } from '../test/render';
import { ProblemAlert } from './problem';

const refusal = (message: string, extensions: Record<string, unknown>): CombinedError =>
  new CombinedError({ graphQLErrors: [{ message, extensions }] });

describe('ProblemAlert', () => {
  it('leads with the Chinese sentence for the refusal and keeps the server’s English as the detail', () => {
    const problem = problemOf(
      refusal('Another officer has already claimed this application', {
        code: 'CONFLICT',
        reason: 'ALREADY_ASSIGNED',
      }),
      'zh',
    );
    renderPage(<ProblemAlert problem={problem} />, {});
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('该申请已由其他经办人认领。');
    expect(alert).toHaveTextContent('数据已被他人修改或状态已变化，请刷新后重试。');
    const detail = within(alert).getByTestId('problem-detail');
    expect(detail).toHaveTextContent('Another officer has already claimed this application');
    expect(detail).toHaveAttribute('lang', 'en');
  });

  it('lists a button’s field problems in Chinese when there is no form to mark', () => {
    const problem = problemOf(
      refusal('returnedOn is in the future', {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        field: 'input.returnedOn',
        rule: 'NOT_IN_FUTURE',
      }),
      'zh',
    );
    renderPage(<ProblemAlert problem={problem} withFields />, {});
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('listitem')).toHaveTextContent('日期不能晚于今天');
    expect(within(alert).getByTestId('problem-detail')).toHaveTextContent('returnedOn is in the future');
  });
});
