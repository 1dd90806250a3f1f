// Masking for output to callers who are not entitled to the full value. Lengths are counted in
// characters (code points), and an input too short for the rule is masked entirely: keeping
// 3 + 4 characters of an 8-character string would show almost all of it.

/** Keeps `head` and `tail` characters when at least `minLength` characters, else masks everything. */
function mask(value: string | null | undefined, head: number, tail: number, minLength: number): string {
  const chars = Array.from(value ?? '');
  if (chars.length < minLength) return '*'.repeat(chars.length);
  return (
    chars.slice(0, head).join('') +
    '*'.repeat(chars.length - head - tail) +
    chars.slice(chars.length - tail).join('')
  );
}

/**
 * `310101199001011234` → `310***********1234`: the province/city and the last four stay, the birth
 * date and the rest are hidden. Old 15-digit numbers keep the same 3 + 4; anything shorter is
 * masked entirely.
 */
export function maskResidentId(value: string | null | undefined): string {
  return mask(value, 3, 4, 15);
}

/** `13812345678` → `138****5678`; anything shorter than 11 characters is masked entirely. */
export function maskMobile(value: string | null | undefined): string {
  return mask(value, 3, 4, 11);
}

/**
 * `张三` → `张*`, `欧阳娜娜` → `欧***`: the first character stays (usually the surname, or its
 * first half). A one-character name is masked entirely, since keeping it would show it all.
 */
export function maskName(value: string | null | undefined): string {
  return mask(value?.trim(), 1, 0, 2);
}
