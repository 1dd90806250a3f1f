import { z } from 'zod';
import {
  creditCodeSchema,
  isoDateSchema,
  mobileSchema,
  passwordSchema,
  residentIdSchema,
  residentIdSchemaFor,
} from './validation.schema';

describe('zod schemas', () => {
  it('output the normalised value', () => {
    expect(residentIdSchema.parse('11010519491231002x')).toBe('11010519491231002X');
    expect(creditCodeSchema.parse('91350100m000100y43')).toBe('91350100M000100Y43');
    expect(mobileSchema.parse('+86 138-1234-5678')).toBe('13812345678');
    expect(passwordSchema.parse('abc123')).toBe('abc123');
    expect(isoDateSchema.parse('2024-02-29')).toBe('2024-02-29');
  });

  it('carry the validator message and rule, at the field path, inside an object', () => {
    const form = z.object({ hr: z.object({ residentId: residentIdSchema, mobile: mobileSchema }) });
    const result = form.safeParse({ hr: { residentId: '110105194912310021', mobile: '12812345678' } });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((i) => ({
        path: i.path,
        message: i.message,
        params: (i as { params?: unknown }).params,
      })),
    ).toEqual([
      {
        path: ['hr', 'residentId'],
        message: 'has a check character (the 18th) that does not match the other 17',
        params: { rule: 'CHECK_CHARACTER' },
      },
      { path: ['hr', 'mobile'], message: 'must start with 13 to 19', params: { rule: 'PREFIX' } },
    ]);
  });

  it('name the forbidden character of a credit code', () => {
    const result = creditCodeSchema.safeParse('91350100MI00100Y43');
    expect(result.error?.issues[0]?.message).toBe("contains 'I', which GB 32100 does not use");
  });

  it('reject a password without a digit', () => {
    const result = passwordSchema.safeParse('abcdefgh');
    expect(result.error?.issues[0]?.message).toBe(
      'must contain at least one letter (A–Z or a–z) and one digit',
    );
  });

  it('reject values that are not strings', () => {
    expect(residentIdSchema.safeParse(13812345678).success).toBe(false);
    expect(mobileSchema.safeParse(undefined).success).toBe(false);
  });

  describe('residentIdSchemaFor(today)', () => {
    it('rejects a birth date after today', () => {
      const result = residentIdSchemaFor('2025-06-01').safeParse('31011520251231001X');
      expect(result.error?.issues[0]?.message).toBe('must not contain a birth date in the future');
    });

    it('accepts the same number once that day has come', () => {
      expect(residentIdSchemaFor('2026-01-01').parse('31011520251231001X')).toBe('31011520251231001X');
    });

    it('refuses to build with an impossible today', () => {
      expect(() => residentIdSchemaFor('2025-02-30')).toThrow(RangeError);
    });
  });
});
