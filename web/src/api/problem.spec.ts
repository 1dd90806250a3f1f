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

  it('puts a BAD_USER_INPUT with a field at that field, with its rule', () => {
    const problem = problemOf(
      error({
        message: 'Mobile must be 11 digits',
        extensions: { code: 'BAD_USER_INPUT', field: 'input.mobile', rule: 'LENGTH' },
      }),
      'zh',
    );
    expect(problem.fields).toEqual([
      { name: ['mobile'], rule: 'LENGTH', message: 'Mobile must be 11 digits' },
    ]);
    expect(problem.message).toBe('有 1 项需要更正，请查看标红的字段。');
  });

  it('says a CONFLICT in plain words and keeps what the server said conflicted', () => {
    const problem = problemOf(
      error({ message: 'The application is at version 4, not 3', extensions: { code: 'CONFLICT' } }),
      'zh',
    );
    expect(problem.code).toBe('CONFLICT');
    expect(problem.message).toContain('请刷新后重试');
    expect(problem.message).toContain('version 4, not 3');
  });

  it('tells a network failure apart, in English when asked', () => {
    const problem = problemOf(new CombinedError({ networkError: new Error('Failed to fetch') }), 'en');
    expect(problem).toEqual({
      code: 'NETWORK',
      message: expect.stringContaining('could not be reached'),
      fields: [],
    });
  });
});
