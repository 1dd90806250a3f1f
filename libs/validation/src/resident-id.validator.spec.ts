import { residentIdCheckCharacter, validateResidentId } from './resident-id.validator';

// Check characters worked out by hand: S = Σ digit × weight with weights
// 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, check = "10X98765432"[S mod 11].

describe('validateResidentId', () => {
  describe('accepts valid numbers', () => {
    it('accepts the published GB 11643 sample 11010519491231002X', () => {
      // 1·7 + 1·9 + 0·10 + 1·5 + 0·8 + 5·4 + 1·2 + 9·1 + 4·6 + 9·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 2·2
      // = 7+9+0+5+0+20+2+9+24+27+7+18+30+5+0+0+4 = 167; 167 mod 11 = 2 → "X"
      expect(validateResidentId('11010519491231002X')).toEqual({
        ok: true,
        value: {
          normalised: '11010519491231002X',
          birthDate: '1949-12-31',
          sex: 'FEMALE',
          regionCode: '110105',
        },
      });
    });

    it('normalises a lower-case x and surrounding spaces', () => {
      const result = validateResidentId(' 11010519491231002x ');
      expect(result.ok && result.value.normalised).toBe('11010519491231002X');
    });

    it('reads a Shanghai number with an odd sequence digit as male', () => {
      // 3·7 + 1·9 + 0·10 + 1·5 + 0·8 + 1·4 + 1·2 + 9·1 + 9·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5 + 1·8 + 2·4 + 3·2
      // = 21+9+0+5+0+4+2+9+54+0+0+9+0+5+8+8+6 = 140; 140 mod 11 = 8 → "4"
      expect(validateResidentId('310101199001011234', '2025-01-01')).toEqual({
        ok: true,
        value: {
          normalised: '310101199001011234',
          birthDate: '1990-01-01',
          sex: 'MALE',
          regionCode: '310101',
        },
      });
    });

    it('accepts 29 February in a leap year (2000 is divisible by 400)', () => {
      // 3·7 + 1·9 + 0·10 + 1·5 + 1·8 + 5·4 + 2·2 + 0·1 + 0·6 + 0·3 + 0·7 + 2·9 + 2·10 + 9·5 + 0·8 + 0·4 + 2·2
      // = 21+9+0+5+8+20+4+0+0+0+0+18+20+45+0+0+4 = 154; 154 mod 11 = 0 → "1"
      const result = validateResidentId('310115200002290021');
      expect(result.ok && result.value.birthDate).toBe('2000-02-29');
      expect(result.ok && result.value.sex).toBe('FEMALE');
    });

    it('accepts someone born on `today` itself', () => {
      // 3·7 + 1·9 + 0·10 + 1·5 + 1·8 + 5·4 + 2·2 + 0·1 + 2·6 + 5·3 + 1·7 + 2·9 + 3·10 + 1·5 + 0·8 + 0·4 + 1·2
      // = 21+9+0+5+8+20+4+0+12+15+7+18+30+5+0+0+2 = 156; 156 mod 11 = 2 → "X"
      expect(validateResidentId('31011520251231001X', '2025-12-31').ok).toBe(true);
    });

    it('without a `today` does not judge the future', () => {
      expect(validateResidentId('31011520251231001X').ok).toBe(true);
    });
  });

  describe('rejects, naming the rule', () => {
    it.each([
      ['17 characters', '11010519491231002'],
      ['19 characters', '11010519491231002X0'],
      ['empty', ''],
      ['only spaces', '   '],
    ])('LENGTH: %s', (_label, input) => {
      expect(validateResidentId(input)).toEqual({
        ok: false,
        rule: 'LENGTH',
        message: 'must be 18 characters long',
      });
    });

    it.each([
      ['a letter other than X at the end', '11010519491231002Y'],
      ['X before the last position', '1101051949123100X2'],
      ['a letter at the start', 'A1010519491231002X'],
      ['full-width digits', '１１０１０５１９４９１２３１００２Ｘ'],
      ['an inner space', '110105 9491231002X'],
    ])('FORMAT: %s', (_label, input) => {
      const result = validateResidentId(input);
      expect(result.ok === false && result.rule).toBe('FORMAT');
    });

    it('BIRTH_DATE_INVALID: 30 February, even with a matching check character', () => {
      // 3·7 + 1·9 + 0·10 + 1·5 + 1·8 + 5·4 + 1·2 + 9·1 + 9·6 + 0·3 + 0·7 + 2·9 + 3·10 + 0·5 + 0·8 + 0·4 + 1·2
      // = 21+9+0+5+8+20+2+9+54+0+0+18+30+0+0+0+2 = 178; 178 mod 11 = 2 → "X"
      const result = validateResidentId('31011519900230001X');
      expect(result.ok === false && result.rule).toBe('BIRTH_DATE_INVALID');
      expect(result.ok === false && result.message).toMatch(/real birth date/);
    });

    it('BIRTH_DATE_INVALID: 29 February 1900 (1900 was not a leap year)', () => {
      // 3·7 + 1·9 + 0·10 + 1·5 + 1·8 + 5·4 + 1·2 + 9·1 + 0·6 + 0·3 + 0·7 + 2·9 + 2·10 + 9·5 + 0·8 + 0·4 + 1·2
      // = 21+9+0+5+8+20+2+9+0+0+0+18+20+45+0+0+2 = 159; 159 mod 11 = 5 → "7"
      const result = validateResidentId('310115190002290017');
      expect(result.ok === false && result.rule).toBe('BIRTH_DATE_INVALID');
    });

    it('BIRTH_DATE_INVALID: born in 1880 (the Wikipedia sample 440524188001010014)', () => {
      // 4·7 + 4·9 + 0·10 + 5·5 + 2·8 + 4·4 + 1·2 + 8·1 + 8·6 + 0·3 + 0·7 + 1·9 + 0·10 + 1·5 + 0·8 + 0·4 + 1·2
      // = 28+36+0+25+16+16+2+8+48+0+0+9+0+5+0+0+2 = 195; 195 mod 11 = 8 → "4" (the check is right)
      const result = validateResidentId('440524188001010014');
      expect(result.ok === false && result.rule).toBe('BIRTH_DATE_INVALID');
    });

    it.each([
      ['month 13', '110105194913310021'],
      ['month 00', '110105194900310021'],
      ['day 00', '110105194912000021'],
      ['day 32', '110105194912320021'],
    ])('BIRTH_DATE_INVALID: %s', (_label, input) => {
      const result = validateResidentId(input);
      expect(result.ok === false && result.rule).toBe('BIRTH_DATE_INVALID');
    });

    it('BIRTH_DATE_IN_FUTURE: born after `today`', () => {
      const result = validateResidentId('31011520251231001X', '2025-06-01');
      expect(result).toEqual({
        ok: false,
        rule: 'BIRTH_DATE_IN_FUTURE',
        message: 'must not contain a birth date in the future',
      });
    });

    it('CHECK_CHARACTER: the sample with 1 instead of X, without revealing the expected character', () => {
      const result = validateResidentId('110105194912310021');
      expect(result.ok === false && result.rule).toBe('CHECK_CHARACTER');
      expect(result.ok === false && result.message).not.toMatch(/X/);
    });

    it('CHECK_CHARACTER: a typo in the sequence digits', () => {
      // 310101199001011234 is valid (see above); 1224 changes one weighted digit.
      const result = validateResidentId('310101199001011224');
      expect(result.ok === false && result.rule).toBe('CHECK_CHARACTER');
    });

    it('never echoes the number in the message (it is personal data)', () => {
      for (const input of ['110105194912310021', '31011519900230001X', '11010519491231002']) {
        const result = validateResidentId(input, '2025-01-01');
        expect(result.ok === false && result.message).not.toContain(input.slice(0, 6));
      }
    });
  });

  describe('catches the typing errors ISO 7064 MOD 11-2 is meant to catch', () => {
    const valid = '11010519491231002X';

    it('every single-character substitution is rejected', () => {
      for (let i = 0; i < 18; i++) {
        for (const c of '0123456789X') {
          if (c === valid[i] || (i < 17 && c === 'X')) continue;
          const typo = valid.slice(0, i) + c + valid.slice(i + 1);
          expect([typo, validateResidentId(typo).ok]).toEqual([typo, false]);
        }
      }
    });

    it('every swap of two different adjacent digits is rejected', () => {
      for (let i = 0; i < 16; i++) {
        if (valid[i] === valid[i + 1]) continue;
        const typo = valid.slice(0, i) + valid[i + 1] + valid[i] + valid.slice(i + 2);
        expect([typo, validateResidentId(typo).ok]).toEqual([typo, false]);
      }
    });
  });

  it('treats a malformed `today` as a programming error', () => {
    expect(() => validateResidentId('11010519491231002X', '2025-02-30')).toThrow(RangeError);
    expect(() => validateResidentId('11010519491231002X', '20250101')).toThrow(RangeError);
  });
});

describe('residentIdCheckCharacter', () => {
  it('matches the hand-computed vectors', () => {
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(residentIdCheckCharacter('31010119900101123')).toBe('4');
    expect(residentIdCheckCharacter('31011520000229002')).toBe('1');
  });

  it('refuses anything but 17 digits', () => {
    expect(() => residentIdCheckCharacter('1101051949123100')).toThrow(RangeError);
    expect(() => residentIdCheckCharacter('1101051949123100A')).toThrow(RangeError);
  });
});
