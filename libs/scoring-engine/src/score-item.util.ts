import type { ScoreIndicator, ScoreItem, ScoreItemCode } from './score-result.types';

export function scoreItem(
  indicator: ScoreIndicator,
  points: number,
  counted: boolean,
  code: ScoreItemCode,
  note: string,
): ScoreItem {
  return { indicator, points, counted, note, code };
}

/** `raw` limited to `maxPoints`; a null cap means the policy text sets none. */
export function applyCap(raw: number, maxPoints: number | null): { points: number; capped: boolean } {
  if (maxPoints !== null && raw > maxPoints) return { points: maxPoints, capped: true };
  return { points: raw, capped: false };
}

/** Ratios as the notes print them: "1倍" / "1×". */
export function ratioText(ratio: number): { zh: string; en: string } {
  return { zh: `${ratio}倍`, en: `${ratio}×` };
}
