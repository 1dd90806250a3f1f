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

const RATIO_TEXTS = new Map<number, { zh: string; en: string }>();

/** Ratios as the notes print them: "1倍" / "1×" (a rule set has a handful: kept once each). */
export function ratioText(ratio: number): { zh: string; en: string } {
  let text = RATIO_TEXTS.get(ratio);
  if (!text) {
    text = Object.freeze({ zh: `${ratio}倍`, en: `${ratio}×` });
    if (RATIO_TEXTS.size < 1000) RATIO_TEXTS.set(ratio, text);
  }
  return text;
}
