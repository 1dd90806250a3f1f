import { validateMobile } from './mobile.validator';

describe('validateMobile', () => {
  it.each([
    ['plain', '13812345678'],
    ['with +86', '+8613812345678'],
    ['with +86 and spaces', '+86 138 1234 5678'],
    ['with 86 and hyphens', '86-138-1234-5678'],
    ['with 86 and no separator', '8613812345678'],
    ['with surrounding spaces', ' 13812345678 '],
  ])('accepts %s and returns the bare 11 digits', (_label, input) => {
    expect(validateMobile(input)).toEqual({ ok: true, value: '13812345678' });
  });

  it.each([
    '13000000000',
    '14700000000',
    '15912345678',
    '16612345678',
    '17712345678',
    '18812345678',
    '19912345678',
  ])('accepts %s', (input) => {
    expect(validateMobile(input).ok).toBe(true);
  });

  it.each([
    ['10 digits', '1381234567'],
    ['12 digits', '138123456789'],
    ['empty', ''],
    ['a 0086 prefix (not one of the accepted forms)', '008613812345678'],
  ])('LENGTH: %s', (_label, input) => {
    expect(validateMobile(input)).toEqual({ ok: false, rule: 'LENGTH', message: 'must be 11 digits' });
  });

  it.each([
    ['starting 12', '12812345678'],
    ['starting 11', '11812345678'],
    ['starting 2', '23812345678'],
    ['86 followed by a non-mobile number', '8623812345678'],
  ])('PREFIX: %s', (_label, input) => {
    expect(validateMobile(input)).toEqual({ ok: false, rule: 'PREFIX', message: 'must start with 13 to 19' });
  });

  it.each([
    ['a letter', '1381234567a'],
    ['brackets', '(138)12345678'],
    ['another country code', '+85291234567'],
    ['full-width digits', '１３８１２３４５６７８'],
  ])('FORMAT: %s', (_label, input) => {
    const result = validateMobile(input);
    expect(result.ok === false && result.rule).toBe('FORMAT');
  });
});
