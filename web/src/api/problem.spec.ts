import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { fieldPathOf, problemOf } from './problem';

describe('fieldPathOf', () => {
  it("turns the API's field names into the form's name paths", () => {
    expect(fieldPathOf('input.hrSpecialists[0].mobile')).toEqual(['hrSpecialists', 0, 'mobile']);
    expect(fieldPathOf('form.socialInsurance[1].to')).toEqual(['socialInsurance', 1, 'to']);
    expect(fieldPathOf('profile.birthDate')).toEqual(['birthDate']);
    expect(fieldPathOf('permitEndorsedOn')).toEqual(['permitEndorsedOn']);
  });
});

describe('problemOf', () => {
  const error = (...errors: Array<{ message: string; extensions: Record<string, unknown> }>) =>
    new CombinedError({
      graphQLErrors: errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions })),
    });

  it('puts a BAD_USER_INPUT with a field at that field in Chinese by its rule, the server’s words as the detail', () => {
    const problem = problemOf(
      error({
        message: 'Mobile must be 11 digits',
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_INPUT',
          field: 'input.mobile',
          rule: 'LENGTH',
        },
      }),
      'zh',
    );
    expect(problem.fields).toEqual([{ name: ['mobile'], rule: 'LENGTH', message: '长度不正确' }]);
    expect(problem.message).toBe('有 1 项需要更正，请查看标红的字段。');
    expect(problem.details).toEqual(['Mobile must be 11 digits']);
  });

  it('says a field problem of a rule it has no sentence for by its reason, and a page’s own words first', () => {
    const refusal = error({
      message: 'The contract must start before the permit ends',
      extensions: {
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_FORM',
        field: 'form.employment.contractStart',
        rule: 'some-new-rule',
      },
    });
    expect(problemOf(refusal, 'zh').fields[0]?.message).toBe('申请表填写有误，请按提示更正。');
    const explained = problemOf(refusal, 'zh', (p) =>
      p.rule === 'some-new-rule' ? '合同开始日期有误' : undefined,
    );
    expect(explained.fields[0]?.message).toBe('合同开始日期有误');
  });

  it('says a CONFLICT in Chinese and keeps what the server said conflicted as the detail', () => {
    const problem = problemOf(
      error({
        message: 'The application is at version 4, not 3',
        extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' },
      }),
      'zh',
    );
    expect(problem.code).toBe('CONFLICT');
    expect(problem.message).toBe('数据已被他人修改或状态已变化，请刷新后重试。');
    expect(problem.details).toEqual(['The application is at version 4, not 3']);
  });

  it('says what was refused by the module’s reason, in the language asked', () => {
    const refusal = error({
      message: 'An open application exists for this applicant',
      extensions: { code: 'CONFLICT', reason: 'OPEN_APPLICATION_EXISTS' },
    });
    expect(problemOf(refusal, 'zh').message).toBe('已有一份办理中的申请，不能重复申请。');
    expect(problemOf(refusal, 'en').message).toBe('An application is open already.');
  });

  it('never shows a server error’s own text', () => {
    const problem = problemOf(
      error({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
      'zh',
    );
    expect(problem).toMatchObject({ message: '系统繁忙，请稍后再试。', details: [] });
  });

  it('tells a network failure apart, in English when asked', () => {
    const problem = problemOf(new CombinedError({ networkError: new Error('Failed to fetch') }), 'en');
    expect(problem).toEqual({
      code: 'NETWORK',
      message: expect.stringContaining('could not be reached'),
      fields: [],
      details: [],
    });
  });
});
