import { creditCodeCheckCharacter, validateCreditCode } from './credit-code.validator';

// Check characters worked out by hand. Alphabet values: 0–9 as digits, A10 B11 C12 D13 E14 F15 G16
// H17 J18 K19 L20 M21 N22 P23 Q24 R25 T26 U27 W28 X29 Y30. S = Σ value × weight with weights
// 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28; check = alphabet[(31 − S mod 31) mod 31].

describe('validateCreditCode', () => {
  describe('accepts valid codes', () => {
    it('accepts the published sample 91350100M000100Y43 and splits it into its parts', () => {
      // 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M21·20 + 0·29 + 0·25 + 0·13 + 1·8 + 0·24
      // + 0·10 + Y30·30 + 4·28 = 9+3+27+135+0+26+0+0+420+0+0+0+8+0+0+900+112 = 1640
      // 1640 mod 31 = 28 (31·52 = 1612); 31 − 28 = 3 → "3"
      expect(validateCreditCode('91350100M000100Y43')).toEqual({
        ok: true,
        value: {
          normalised: '91350100M000100Y43',
          registrationAuthorityCode: '9',
          organisationKindCode: '1',
          divisionCode: '350100',
          organisationCode: 'M000100Y4',
        },
      });
    });

    it.each([
      // 9·1 + 1·3 + 4·9 + 4·27 + 0·19 + 3·26 + 0·16 + 0·17 + 1·20 + 9·29 + 2·25 + 2·13 + 0·8 + 3·24
      // + 8·10 + 2·30 + 1·28 = 9+3+36+108+0+78+0+0+20+261+50+26+0+72+80+60+28 = 831
      // 831 mod 31 = 25 (31·26 = 806); 31 − 25 = 6 → "6"
      ['a Shenzhen enterprise (published for 华为技术有限公司)', '914403001922038216'],
      // 9 + 3 + 36 + 108 + 0 + 78 + 0 + 0 + 7·20 + 0·29 + 8·25 + 4·13 + 6·8 + 1·24 + 1·10 + 3·30 + 6·28
      // = 9+3+36+108+78+140+0+200+52+48+24+10+90+168 = 966; 966 mod 31 = 5 (31·31 = 961);
      // 31 − 5 = 26 → "T"
      ['a check letter T (published for 深圳市腾讯计算机系统有限公司)', '91440300708461136T'],
      // 9 + 3 + 3·9 + 3·27 + 0 + 1·26 + 0 + 0 + 7·20 + 9·29 + 9·25 + 6·13 + 5·8 + 5·24 + 0·10 + 5·30
      // + 8·28 = 9+3+27+81+26+140+261+225+78+40+120+0+150+224 = 1384; 1384 mod 31 = 20
      // (31·44 = 1364); 31 − 20 = 11 → "B"
      ['a check letter B (published for 阿里巴巴(中国)有限公司)', '91330100799655058B'],
      // 9·1 + 1·3 + 3·9 + 1·27 + 0·19 + 1·26 + 1·16 + 5·17 + M21·20 + A10·29 + 1·25 + K19·13 + 0 + 0
      // + 0 + 0 + Y30·28 = 9+3+27+27+0+26+16+85+420+290+25+247+840 = 2015 = 31·65, so S mod 31 = 0
      // and the outer "mod 31" turns 31 into 0 → "0"
      ['a Pudong code whose sum is a multiple of 31', '91310115MA1K0000Y0'],
    ])('accepts %s', (_label, code) => {
      expect(validateCreditCode(code).ok).toBe(true);
    });

    it('normalises lower case and surrounding spaces', () => {
      const result = validateCreditCode(' 91350100m000100y43\t');
      expect(result.ok && result.value.normalised).toBe('91350100M000100Y43');
    });
  });

  describe('rejects, naming the rule', () => {
    it.each([
      ['17 characters', '91350100M000100Y4'],
      ['19 characters', '91350100M000100Y430'],
      ['empty', ''],
    ])('LENGTH: %s', (_label, input) => {
      expect(validateCreditCode(input)).toEqual({
        ok: false,
        rule: 'LENGTH',
        message: 'must be 18 characters long',
      });
    });

    it.each(['I', 'O', 'S', 'V', 'Z'])('FORBIDDEN_CHARACTER: names the letter %s', (letter) => {
      const input = `91350100M${letter}00100Y43`;
      expect(validateCreditCode(input)).toEqual({
        ok: false,
        rule: 'FORBIDDEN_CHARACTER',
        message: `contains '${letter}', which GB 32100 does not use`,
      });
    });

    it('FORBIDDEN_CHARACTER: reports a lower-case o as the letter O people typed', () => {
      const result = validateCreditCode('91350100Mo00100Y43');
      expect(result.ok === false && result.message).toBe("contains 'O', which GB 32100 does not use");
    });

    it('FORBIDDEN_CHARACTER: punctuation and in the check position', () => {
      expect(validateCreditCode('91350100-000100Y43')).toMatchObject({ rule: 'FORBIDDEN_CHARACTER' });
      expect(validateCreditCode('91350100M000100Y4O')).toMatchObject({ rule: 'FORBIDDEN_CHARACTER' });
    });

    it('counts an astral character once and names it whole', () => {
      const result = validateCreditCode('91350100M000100Y4😀');
      expect(result).toEqual({
        ok: false,
        rule: 'FORBIDDEN_CHARACTER',
        message: "contains '😀', which GB 32100 does not use",
      });
    });

    it.each([
      ['a wrong check digit', '91350100M000100Y44'],
      ['a wrong check letter', '91440300708461136U'],
      ['a typo in the body', '914403001922038316'],
      ['two adjacent characters swapped', '913501000M00100Y43'],
    ])('CHECK_CHARACTER: %s', (_label, input) => {
      expect(validateCreditCode(input)).toEqual({
        ok: false,
        rule: 'CHECK_CHARACTER',
        message: 'has a check character (the 18th) that does not match the other 17',
      });
    });
  });
});

describe('creditCodeCheckCharacter', () => {
  it('matches the hand-computed vectors', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91440300708461136')).toBe('T');
    expect(creditCodeCheckCharacter('91310115MA1K0000Y')).toBe('0');
  });

  it('refuses input outside the alphabet or of the wrong length', () => {
    expect(() => creditCodeCheckCharacter('91350100O000100Y4')).toThrow(RangeError);
    expect(() => creditCodeCheckCharacter('91350100M000100Y')).toThrow(RangeError);
  });
});
