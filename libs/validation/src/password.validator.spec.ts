import { validatePassword } from './password.validator';

describe('validatePassword', () => {
  it.each([
    ['6 characters, the minimum', 'abc123'],
    ['18 characters, the maximum', 'a1b2c3d4e5f6g7h8i9'],
    ['upper case and symbols', 'Pa55-word!'],
  ])('accepts %s', (_label, input) => {
    expect(validatePassword(input)).toEqual({ ok: true, value: input });
  });

  it('returns the password untouched (no trimming, no case folding)', () => {
    expect(validatePassword(' Abc123 ')).toEqual({ ok: true, value: ' Abc123 ' });
  });

  it('counts characters as the user sees them, not UTF-16 units', () => {
    // Five characters, seven UTF-16 units.
    expect(validatePassword('😀😀a12')).toMatchObject({ rule: 'TOO_SHORT' });
    // 18 characters, 20 UTF-16 units.
    expect(validatePassword('😀😀abcdefgh12345678').ok).toBe(true);
  });

  it.each([
    ['5 characters', 'abc12'],
    ['empty', ''],
  ])('TOO_SHORT: %s', (_label, input) => {
    expect(validatePassword(input)).toEqual({
      ok: false,
      rule: 'TOO_SHORT',
      message: 'must be at least 6 characters long',
    });
  });

  it('TOO_LONG: 19 characters', () => {
    expect(validatePassword('a1b2c3d4e5f6g7h8i9j')).toEqual({
      ok: false,
      rule: 'TOO_LONG',
      message: 'must be at most 18 characters long',
    });
  });

  it.each([
    ['letters only', 'abcdefgh'],
    ['digits only', '12345678'],
    ['symbols and digits', '!!!123'],
    ['Chinese characters and digits (not Latin letters)', '密码密码1234'],
    ['full-width digits (not ASCII digits)', 'abcdef１２'],
  ])('NEEDS_LETTER_AND_DIGIT: %s', (_label, input) => {
    expect(validatePassword(input)).toEqual({
      ok: false,
      rule: 'NEEDS_LETTER_AND_DIGIT',
      message: 'must contain at least one letter (A–Z or a–z) and one digit',
    });
  });
});
