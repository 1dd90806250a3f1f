import { InvalidInputException } from '@points/errors';
import { mobileSchema } from '@points/validation';
import { z } from 'zod';
import { decodeCursor, encodeCursor, isUuid, pageSizeOf } from './cursor.util';
import { addYears, lastDayOfYears } from './dates.util';
import { parseInput } from './input.util';

describe('addYears / lastDayOfYears', () => {
  it('keeps the day, and turns 29 February into 28 February in a common year', () => {
    expect(addYears('2026-11-02', 3)).toBe('2029-11-02');
    expect(addYears('2024-02-29', 3)).toBe('2027-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  it('gives the last day of a 3-year period (found on 2026-11-02: until 2029-11-01)', () => {
    expect(lastDayOfYears('2026-11-02', 3)).toBe('2029-11-01');
    expect(lastDayOfYears('2027-01-01', 3)).toBe('2029-12-31');
  });
});

describe('parseInput', () => {
  const schema = z.object({ people: z.array(z.object({ mobile: mobileSchema })) });

  it('names the field by its path and the validator rule', () => {
    let error: unknown;
    try {
      parseInput(schema, { people: [{ mobile: '13812345678' }, { mobile: '12812345678' }] });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputException);
    expect((error as InvalidInputException).toExtensions()).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'input.people[1].mobile',
      rule: 'PREFIX',
    });
    expect((error as Error).message).toBe('Mobile must start with 13 to 19');
  });

  it('returns the normalised value', () => {
    expect(parseInput(schema, { people: [{ mobile: '+86 138 1234 5678' }] })).toEqual({
      people: [{ mobile: '13812345678' }],
    });
  });
});

describe('keyset cursors', () => {
  it('round-trip and refuse anything else with BAD_USER_INPUT on `after`', () => {
    const position = { at: new Date('2026-11-20T02:00:00.123Z'), id: '6f1f6c1e-0000-4000-8000-000000000001' };
    expect(decodeCursor(encodeCursor(position))).toEqual(position);
    expect(decodeCursor(undefined)).toBeNull();
    expect(() => decodeCursor('bm90LWpzb24')).toThrow(InvalidInputException);
    expect(() => decodeCursor(Buffer.from('["x","y"]').toString('base64url'))).toThrow(/cursor/);
  });

  it('limit pages to 1–100', () => {
    expect(pageSizeOf(undefined)).toBe(20);
    expect(pageSizeOf(100)).toBe(100);
    expect(() => pageSizeOf(0)).toThrow(InvalidInputException);
    expect(() => pageSizeOf(101)).toThrow(InvalidInputException);
  });

  it('treat only canonical uuids as ids', () => {
    expect(isUuid('6f1f6c1e-0000-4000-8000-000000000001')).toBe(true);
    expect(isUuid('o1')).toBe(false);
    expect(isUuid(undefined)).toBe(false);
  });
});
