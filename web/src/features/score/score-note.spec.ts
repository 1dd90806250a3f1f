import { describe, expect, it } from 'vitest';
import { noteIn } from './score-note';

describe('score notes', () => {
  const note =
    '年龄 36 周岁，按规则为 47 分，最高 30 分，得 30 分 (age 36: 47 points by the rule, capped at 30)';

  it('shows the Chinese sentence alone in Chinese and the English one on the switch', () => {
    expect(noteIn(note, 'zh')).toBe('年龄 36 周岁，按规则为 47 分，最高 30 分，得 30 分');
    expect(noteIn(note, 'en')).toBe('age 36: 47 points by the rule, capped at 30');
  });

  it('keeps English that holds parentheses of its own, and full-width ones in the Chinese', () => {
    expect(noteIn('缴费基数（1倍）不计入 (base (1×) not counted)', 'zh')).toBe('缴费基数（1倍）不计入');
    expect(noteIn('缴费基数（1倍）不计入 (base (1×) not counted)', 'en')).toBe('base (1×) not counted');
  });

  it('leaves a note without a gloss as it is', () => {
    expect(noteIn('不计分', 'zh')).toBe('不计分');
    expect(noteIn('(nothing) here', 'en')).toBe('(nothing) here');
  });
});
