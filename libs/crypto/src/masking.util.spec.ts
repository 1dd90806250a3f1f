import { maskMobile, maskName, maskResidentId } from './masking.util';

describe('maskResidentId', () => {
  it.each([
    ['310101199001011234', '310***********1234'],
    ['11010519491231002X', '110***********002X'],
    ['310101900101123', '310********1123'], // an old 15-digit number: same 3 + 4
  ])('%s → %s', (input, expected) => {
    expect(maskResidentId(input)).toBe(expected);
  });

  it.each([
    ['', ''],
    ['1234567', '*******'],
    ['31010119900101', '**************'], // 14 characters: too short for the rule, all hidden
  ])('masks short input %p entirely', (input, expected) => {
    expect(maskResidentId(input)).toBe(expected);
  });

  it('handles null and undefined', () => {
    expect(maskResidentId(null)).toBe('');
    expect(maskResidentId(undefined)).toBe('');
  });
});

describe('maskMobile', () => {
  it('13812345678 → 138****5678', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
  });

  it.each([
    ['', ''],
    ['1381234567', '**********'],
    ['5678', '****'],
  ])('masks short input %p entirely', (input, expected) => {
    expect(maskMobile(input)).toBe(expected);
  });

  it('keeps only 3 + 4 of a longer string', () => {
    expect(maskMobile('+8613812345678')).toBe('+86*******5678');
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧***'],
    [' 李四 ', '李*'],
    ['𠮷田', '𠮷*'], // a character outside the BMP stays whole
    ['Alice', 'A****'],
  ])('%s → %s', (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });

  it.each([
    ['张', '*'],
    ['', ''],
    ['   ', ''],
  ])('masks %p entirely', (input, expected) => {
    expect(maskName(input)).toBe(expected);
  });

  it('handles null and undefined', () => {
    expect(maskName(null)).toBe('');
    expect(maskName(undefined)).toBe('');
  });
});
